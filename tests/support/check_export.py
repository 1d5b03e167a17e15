#!/usr/bin/env python3
"""Checks newsgraph's exports with independent implementations, for tests/export.rs.

    check_export.py rdf REFERENCE.nq EXPORT FORMAT   rdflib parses EXPORT; the result must be
                                                     isomorphic to the store dump REFERENCE.nq
                                                     (graph by graph for dataset formats, the
                                                     union graph for triple formats)
    check_export.py shacl DATA FORMAT SHAPES         pyshacl validates DATA against SHAPES
                                                     (warnings allowed); exit 0 when it
                                                     conforms, 1 when it does not
    check_export.py graph FORMAT FILE                networkx reads a GraphML or GEXF file and
                                                     prints {"nodes": N, "edges": M}

FORMAT is an rdflib format name (turtle, trig, nquads, nt, json-ld, xml) or, for `graph`,
graphml or gexf. Exit status 2 means the check itself could not run.
"""

import json
import sys

DATASET_FORMATS = {"trig", "nquads", "json-ld"}


def graphs_of(dataset):
    """{graph name: set of triples} of an rdflib Dataset, without empty graphs."""
    out = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        out.setdefault(str(name), set()).add((s, p, o))
    return {name: triples for name, triples in out.items() if triples}


def to_graph(triples):
    import rdflib

    g = rdflib.Graph()
    for t in triples:
        g.add(t)
    return g


def report_difference(name, expected, actual):
    from rdflib.compare import graph_diff, to_isomorphic

    _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    print(
        f"graph {name}: {len(expected)} triples expected, {len(actual)} parsed; "
        f"{len(only_expected)} missing, {len(only_actual)} unexpected"
    )
    for label, g in (("missing", only_expected), ("unexpected", only_actual)):
        for t in list(g)[:5]:
            print(f"  {label}: {t}")


def check_rdf(reference, export, fmt):
    import rdflib
    from rdflib.compare import isomorphic

    ref = rdflib.Dataset()
    ref.parse(reference, format="nquads")
    ref_graphs = graphs_of(ref)
    if fmt in DATASET_FORMATS:
        got = rdflib.Dataset()
        got.parse(export, format=fmt)
        got_graphs = graphs_of(got)
        if set(ref_graphs) != set(got_graphs):
            print(f"graph names differ: expected {sorted(ref_graphs)}, parsed {sorted(got_graphs)}")
            return 1
        bad = 0
        for name, triples in sorted(ref_graphs.items()):
            expected, actual = to_graph(triples), to_graph(got_graphs[name])
            if not isomorphic(expected, actual):
                report_difference(name, expected, actual)
                bad += 1
        if bad:
            return 1
        total = sum(len(t) for t in got_graphs.values())
        print(f"ok: {total} quads in {len(got_graphs)} graphs, isomorphic to the store")
        return 0
    union = set()
    for triples in ref_graphs.values():
        union |= triples
    expected = to_graph(union)
    actual = rdflib.Graph()
    actual.parse(export, format=fmt)
    if not isomorphic(expected, actual):
        report_difference("union", expected, actual)
        return 1
    print(f"ok: {len(actual)} triples, isomorphic to the store's union graph")
    return 0


def check_shacl(data, fmt, shapes):
    import pyshacl
    import rdflib

    data_graph = rdflib.Graph()
    if fmt in DATASET_FORMATS:
        ds = rdflib.Dataset()
        ds.parse(data, format=fmt)
        for s, p, o, _ in ds.quads((None, None, None, None)):
            data_graph.add((s, p, o))
    else:
        data_graph.parse(data, format=fmt)
    shapes_graph = rdflib.Graph()
    shapes_graph.parse(shapes, format="turtle")
    conforms, _, text = pyshacl.validate(
        data_graph, shacl_graph=shapes_graph, allow_warnings=True, inference="none"
    )
    print(text)
    return 0 if conforms else 1


def check_graph(fmt, path):
    import networkx as nx

    if fmt == "graphml":
        g = nx.read_graphml(path)
    elif fmt == "gexf":
        g = nx.read_gexf(path)
    else:
        print(f"unknown graph format {fmt}")
        return 2
    print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}))
    return 0


def main(argv):
    try:
        if len(argv) == 5 and argv[1] == "rdf":
            return check_rdf(argv[2], argv[3], argv[4])
        if len(argv) == 5 and argv[1] == "shacl":
            return check_shacl(argv[2], argv[3], argv[4])
        if len(argv) == 4 and argv[1] == "graph":
            return check_graph(argv[2], argv[3])
    except ImportError as e:
        print(f"missing Python module: {e}")
        return 2
    except Exception:  # a parse error must not pass for "does not conform"
        import traceback

        traceback.print_exc()
        return 2
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
