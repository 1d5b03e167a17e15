//! The IRIs the model writes: newsgraph's own vocabulary (`ng:`) and the reused W3C and
//! schema.org terms, in one place so queries, exports and tests agree on them.
//!
//! Every `ng:` term here is declared in `ontology/newsgraph.ttl`; a test in `tests/model.rs` fails
//! when the model emits one the ontology lacks.

use oxigraph::model::NamedNodeRef;

/// Namespace of the newsgraph ontology.
pub const NG: &str = "https://w3id.org/newsgraph/ontology#";
/// Namespace of the event-type SKOS concepts (`ngev:met`, `ngev:warned`, …).
pub const NG_EVENT: &str = "https://w3id.org/newsgraph/ontology/event#";
/// Default base of instance IRIs (articles, entities, statements, events).
pub const ID: &str = "https://w3id.org/newsgraph/id/";
/// The named graph holding entity descriptions, shared by all articles.
pub const ENTITIES_GRAPH: &str = "https://w3id.org/newsgraph/id/graph/entities";

pub const SCHEMA: &str = "http://schema.org/";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const OA: &str = "http://www.w3.org/ns/oa#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";

/// Prefixes written by the Turtle, TriG, RDF/XML and JSON-LD exports.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", NG),
    ("ngev", NG_EVENT),
    ("schema", SCHEMA),
    ("prov", PROV),
    ("oa", OA),
    ("skos", SKOS),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("xsd", XSD),
    ("owl", OWL),
    ("dcterms", DCTERMS),
];

macro_rules! terms {
    ($ns:literal; $($name:ident = $local:literal),* $(,)?) => {
        $(pub const $name: NamedNodeRef<'static> =
            NamedNodeRef::new_unchecked(concat!($ns, $local));)*
    };
}

/// `ng:` classes and properties.
pub mod ng {
    use super::NamedNodeRef;
    terms!("https://w3id.org/newsgraph/ontology#";
        ENTITY = "Entity",
        STATEMENT = "Statement",
        QUOTATION = "Quotation",
        REPORTED_SPEECH = "ReportedSpeech",
        EVENT = "Event",
        ROLE = "Role",
        MENTION_COUNT = "MentionCount",
        CONTENT_HASH = "contentHash",
        KEY = "key",
        MENTIONS = "mentions",
        ARTICLE = "article",
        ENTITY_PROP = "entity",
        COUNT = "count",
        ROLE_PROP = "role",
        TITLE = "title",
        OF = "of",
        NAME_KEY = "nameKey",
        ROLE_LIST = "roleList",
        SPEAKER = "speaker",
        SPEAKER_TEXT = "speakerText",
        TEXT = "text",
        TEXT_KEY = "textKey",
        TEXT_WINDOW = "textWindow",
        EXACT = "exact",
        FORM = "form",
        ATTRIBUTION_KIND = "attributionKind",
        QUOTED_TEXT = "quotedText",
        CUE = "cue",
        ADDRESSEE = "addressee",
        ABOUT = "about",
        DATE = "date",
        DATE_SOURCE = "dateSource",
        DATE_PRECISION = "datePrecision",
        EFFECTIVE_DATE = "effectiveDate",
        EFFECTIVE_DATE_SOURCE = "effectiveDateSource",
        START = "start",
        END = "end",
        ARTICLE_ORDER = "articleOrder",
        CONFIDENCE = "confidence",
        AGENT = "agent",
        TARGET = "target",
        EVENT_TYPE_PROP = "eventType",
        PREDICATE = "predicate",
        TRIGGER = "trigger",
        PLACE = "place",
        MODALITY = "modality",
        SOURCE = "source",
        EVENT_TYPES = "eventTypes",
        PLOVER = "plover",
        CAMEO = "cameo",
    );
}

/// schema.org terms.
pub mod schema {
    use super::NamedNodeRef;
    terms!("http://schema.org/";
        NEWS_ARTICLE = "NewsArticle",
        PERSON = "Person",
        ORGANIZATION = "Organization",
        COUNTRY = "Country",
        PLACE = "Place",
        EVENT = "Event",
        THING = "Thing",
        HEADLINE = "headline",
        DATE_PUBLISHED = "datePublished",
        PUBLISHER = "publisher",
        URL = "url",
        ARTICLE_BODY = "articleBody",
    );
}

/// PROV-O terms.
pub mod prov {
    use super::NamedNodeRef;
    terms!("http://www.w3.org/ns/prov#"; WAS_DERIVED_FROM = "wasDerivedFrom");
}

/// Web Annotation terms.
pub mod oa {
    use super::NamedNodeRef;
    terms!("http://www.w3.org/ns/oa#";
        TEXT_POSITION_SELECTOR = "TextPositionSelector",
        HAS_SELECTOR = "hasSelector",
        START = "start",
        END = "end",
    );
}

/// SKOS terms.
pub mod skos {
    use super::NamedNodeRef;
    terms!("http://www.w3.org/2004/02/skos/core#";
        ALT_LABEL = "altLabel",
        CONCEPT = "Concept",
        PREF_LABEL = "prefLabel",
        IN_SCHEME = "inScheme",
        NOTATION = "notation",
    );
}
