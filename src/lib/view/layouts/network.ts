/**
 * Rete: force-directed with cytoscape-fcose. Options only (a plain object): the canvas
 * registers the extension. `randomize: false` starts from the current (hierarchy)
 * positions, which skips fcose's random spectral step and keeps the result repeatable.
 * Big graphs get fewer iterations: a layout that blocks the page is worse than a rough one.
 */
export interface NetworkLayoutOptions {
  animate: boolean;
  elementCount: number;
}

export function networkLayout({ animate, elementCount }: NetworkLayoutOptions): Record<string, unknown> {
  const big = elementCount > 2000;
  return {
    name: 'fcose',
    quality: big ? 'draft' : 'default',
    randomize: false,
    animate: animate && !big,
    animationDuration: 400,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: !big,
    uniformNodeDimensions: big,
    packComponents: true,
    nodeRepulsion: 9000,
    idealEdgeLength: 110,
    edgeElasticity: 0.45,
    nestingFactor: 0.1,
    gravity: 0.25,
    numIter: big ? 600 : 2500,
    tile: true,
  };
}
