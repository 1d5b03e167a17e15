# Sourced by bench-queries.sh and bench-serve.sh: what both ask of the store before timing it.

# top_speaker BIN STORE: the label of the person with the most statements in STORE, the default
# person the benchmarks look up.
top_speaker() {
    "$1" --store "$2" query --format tsv --sparql '
        PREFIX ng: <https://w3id.org/newsgraph/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX schema: <http://schema.org/>
        SELECT ?name WHERE {
          { SELECT ?speaker (COUNT(*) AS ?n)
            WHERE { ?s ng:speaker ?speaker . ?speaker a schema:Person }
            GROUP BY ?speaker ORDER BY DESC(?n) LIMIT 1 }
          ?speaker rdfs:label ?name }' | sed -n '2s/^"\(.*\)"$/\1/p'
}
