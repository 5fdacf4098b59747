import { describe, expect, it } from 'vitest';
import { TAU, canonicalTree, foldTree, leaf, node, treeToJson, treeToString } from '../../src/discovery/process-tree.js';
import { treeAccepts } from '../helpers/tree-language.js';

const a = leaf('a');
const b = leaf('b');
const c = leaf('c');

describe('process tree text', () => {
  it('prints like PM4Py: quoted labels, tau, operators with spaced parentheses', () => {
    expect(treeToString(node('->', [a, node('X', [TAU, b]), node('*', [c, TAU])]))).toBe("->( 'a', X( tau, 'b' ), *( 'c', tau ) )");
    expect(treeToString(TAU)).toBe('tau');
  });

  it('has a JSON form with labels and operators', () => {
    expect(treeToJson(node('+', [a, TAU]))).toEqual({ operator: '+', children: [{ label: 'a' }, { label: null }] });
  });

  it('keeps Persian labels as they are', () => {
    expect(treeToString(node('->', [leaf('ثبت درخواست'), leaf('تایید')]))).toBe("->( 'ثبت درخواست', 'تایید' )");
  });
});

describe('foldTree (PM4Py fold)', () => {
  it('drops silent children of sequence and parallel, and one-child operators', () => {
    expect(treeToString(foldTree(node('->', [a, TAU, node('+', [b, TAU])])))).toBe("->( 'a', 'b' )");
  });
  it('keeps one tau under a choice and flattens nested operators of the same kind', () => {
    expect(treeToString(foldTree(node('X', [TAU, node('X', [TAU, a]), b])))).toBe("X( tau, 'a', 'b' )");
    expect(treeToString(foldTree(node('->', [a, node('->', [b, c])])))).toBe("->( 'a', 'b', 'c' )");
  });
  it('keeps a loop with a silent redo', () => {
    expect(treeToString(foldTree(node('*', [a, TAU])))).toBe("*( 'a', tau )");
  });
});

describe('canonicalTree', () => {
  it('ignores the order of choice, parallel and redo children but not of sequences', () => {
    expect(canonicalTree(node('X', [a, b]))).toBe(canonicalTree(node('X', [b, a])));
    expect(canonicalTree(node('+', [a, node('X', [b, c])]))).toBe(canonicalTree(node('+', [node('X', [c, b]), a])));
    expect(canonicalTree(node('*', [a, b, c]))).toBe(canonicalTree(node('*', [a, c, b])));
    expect(canonicalTree(node('*', [a, b]))).not.toBe(canonicalTree(node('*', [b, a])));
    expect(canonicalTree(node('->', [a, b]))).not.toBe(canonicalTree(node('->', [b, a])));
  });
});

describe('treeAccepts (test helper)', () => {
  const tree = node('->', [a, node('*', [node('+', [b, c]), leaf('r')]), node('X', [TAU, leaf('z')])]);
  it('accepts the traces of the tree', () => {
    for (const trace of [['a', 'b', 'c'], ['a', 'c', 'b', 'z'], ['a', 'b', 'c', 'r', 'c', 'b']]) expect(treeAccepts(tree, trace)).toBe(true);
  });
  it('rejects others', () => {
    for (const trace of [['a', 'b'], ['a', 'b', 'c', 'r'], ['b', 'c'], ['a', 'b', 'r', 'c'], ['a', 'b', 'c', 'z', 'z']]) expect(treeAccepts(tree, trace)).toBe(false);
  });
});
