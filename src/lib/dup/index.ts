/** The DUP parser's public surface: document → rows, the identity rule, text cleaning. */
export { parseDocument } from './parse';
export { ParseError, isParseError, type ParseErrorCode } from './errors';
export { matchKey, slug } from './match-key';
export { cleanParagraphs, cleanText, cleanTitle } from './text';
export { splitOrganisms } from './organisms';
export { splitLines } from './lines';
export { sha256Hex, sha256Text } from './sha256';
export { countLineKinds } from './counts';
export * from './types';
