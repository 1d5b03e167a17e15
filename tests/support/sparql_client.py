"""SPARQLWrapper against `newsgraph serve`: every result format, ASK, CONSTRUCT in RDF syntaxes,
a malformed query and an update. Prints one JSON object of what it saw; tests/serve.rs asserts.

Usage: sparql_client.py ENDPOINT
"""
import json
import sys
import urllib.error

from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

endpoint = sys.argv[1]
SELECT = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?name WHERE { ?s ng:speaker ?p . ?p rdfs:label ?name } ORDER BY ?name
"""
CONSTRUCT = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
CONSTRUCT { ?p rdfs:label ?name } WHERE { ?s ng:speaker ?p . ?p rdfs:label ?name }
"""


def client(query, fmt, method=None):
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    if method:
        sparql.setMethod(method)
    return sparql.query()


seen = {}
for name, fmt in [("json", JSON), ("xml", XML), ("csv", CSV), ("tsv", TSV)]:
    for method in ("GET", POST):
        result = client(SELECT, fmt, method)
        content_type = result.info().get("content-type", "")
        converted = result.convert()
        if fmt == JSON:
            names = [b["name"]["value"] for b in converted["results"]["bindings"]]
        elif fmt == XML:
            names = [n.firstChild.data for n in converted.getElementsByTagName("literal")]
        else:
            text = converted.decode("utf-8") if isinstance(converted, bytes) else converted
            names = [line.strip().strip('"') for line in text.splitlines()[1:] if line.strip()]
        seen[f"select-{name}-{method.lower()}"] = {"content_type": content_type, "names": names}

ask = client("ASK { ?s ?p ?o }", JSON).convert()
seen["ask"] = ask["boolean"]

for name, fmt in [("turtle", TURTLE), ("rdfxml", RDFXML), ("n3", N3), ("jsonld", JSONLD)]:
    result = client(CONSTRUCT, fmt)
    converted = result.convert()
    # rdflib graphs for RDF/XML (and JSON-LD when rdflib has it); bytes otherwise.
    triples = len(converted) if hasattr(converted, "triples") else None
    seen[f"construct-{name}"] = {
        "content_type": result.info().get("content-type", ""),
        "triples": triples,
        "bytes": len(converted) if isinstance(converted, (bytes, str)) else None,
    }

try:
    client("SELECT ?x WHERE { ?x", JSON)
    seen["malformed"] = "accepted"
except QueryBadFormed as err:
    seen["malformed"] = "QueryBadFormed: " + str(err)

try:
    update = SPARQLWrapper(endpoint)
    update.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    update.setMethod(POST)
    update.query()
    seen["update"] = "accepted"
except urllib.error.HTTPError as err:
    seen["update"] = err.code
except Exception as err:  # SPARQLWrapper wraps some codes in its own exceptions
    seen["update"] = type(err).__name__ + ": " + str(err)

print(json.dumps(seen))
