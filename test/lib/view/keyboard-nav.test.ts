import { describe, expect, it } from 'vitest';
import { move, moveForKey, type NavGraph } from '../../../src/lib/view/keyboard-nav';

//      A        B
//    a1  a2     b1
//     \  /
//      x
const graph: NavGraph = {
  up: new Map([
    ['A', []],
    ['B', []],
    ['a1', ['A']],
    ['a2', ['A']],
    ['b1', ['B']],
    ['x', ['a1', 'a2']],
  ]),
  down: new Map([
    ['A', ['a2', 'a1']],
    ['B', ['b1']],
    ['a1', ['x']],
    ['a2', ['x']],
    ['b1', []],
    ['x', []],
  ]),
  order: new Map([
    ['A', 0],
    ['B', 1],
    ['a1', 0],
    ['a2', 1],
    ['b1', 2],
    ['x', 0],
  ]),
};

describe('keyboard navigation', () => {
  it('maps arrows to moves along the hierarchy direction', () => {
    expect(moveForKey('ArrowRight', 'lr')).toBe('child');
    expect(moveForKey('ArrowLeft', 'lr')).toBe('parent');
    expect(moveForKey('ArrowDown', 'lr')).toBe('next');
    expect(moveForKey('ArrowDown', 'tb')).toBe('child');
    expect(moveForKey('ArrowRight', 'tb')).toBe('next');
    expect(moveForKey('a', 'lr')).toBeNull();
  });

  it('starts at the first root when nothing is selected', () => {
    expect(move(graph, null, 'next')).toBe('A');
    expect(move(graph, 'gone', 'child')).toBe('A');
  });

  it('goes to the first child in drawing order, and back to the parent', () => {
    expect(move(graph, 'A', 'child')).toBe('a1');
    expect(move(graph, 'a1', 'parent')).toBe('A');
  });

  it('walks siblings in order and stops at the ends', () => {
    expect(move(graph, 'a1', 'next')).toBe('a2');
    expect(move(graph, 'a2', 'next')).toBe('a2');
    expect(move(graph, 'a1', 'prev')).toBe('a1');
    expect(move(graph, 'A', 'next')).toBe('B');
  });

  it('returns to the parent it came from when a node has two', () => {
    expect(move(graph, 'x', 'parent', 'a2')).toBe('a2');
    expect(move(graph, 'x', 'parent', null)).toBe('a1');
  });

  it('stays put at a leaf', () => {
    expect(move(graph, 'x', 'child')).toBe('x');
    expect(move(graph, 'A', 'parent')).toBe('A');
  });
});

describe('keyboard navigation along a level', () => {
  const leveled: NavGraph = { ...graph, level: new Map([['A', 'area'], ['B', 'area'], ['a1', 'obj'], ['a2', 'obj'], ['b1', 'obj'], ['x', 'action']]) };

  it('walks on past the last sibling to the next node of the same level, as the column is drawn', () => {
    expect(move(leveled, 'a2', 'next')).toBe('b1');
    expect(move(leveled, 'b1', 'prev')).toBe('a2');
    // Without levels the walk stops at the last child of the parent.
    expect(move(graph, 'a2', 'next')).toBe('a2');
  });

  it('stays at either end of the level, and never crosses to another level', () => {
    expect(move(leveled, 'a1', 'prev')).toBe('a1');
    expect(move(leveled, 'b1', 'next')).toBe('b1');
    expect(move(leveled, 'x', 'next')).toBe('x');
    expect(move(leveled, 'B', 'prev')).toBe('A');
  });
});
