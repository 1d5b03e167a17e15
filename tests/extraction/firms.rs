//! Company names the tables do not know, as wire copy writes them: every capitalised word up to
//! the legal form ("Corp", "Inc", "Ltd", "Co") is the name, and the name without its legal form
//! later in the story is the same company.

use crate::util::{
    assert_no_speakers, assert_speakers, describe, entity, entity_names, extract, speaker_of,
    speaker_span_of,
};
use newsgraph::extract::EntityKind;

#[test]
fn the_words_before_a_legal_form_are_one_company() {
    for (text, firm) in [
        (
            "Harbourside General Corp reported sales of 42 mln dlrs for the month.",
            "Harbourside General Corp",
        ),
        (
            "Tolland's Inc said its board has adopted a stockholder rights plan.",
            "Tolland's Inc",
        ),
        (
            "American Brakeworks Corp said it broke off talks with the union.",
            "American Brakeworks Corp",
        ),
        (
            "Ellery Grieveson and Co said the issue was fully subscribed.",
            "Ellery Grieveson and Co",
        ),
    ] {
        let doc = extract(text);
        assert_eq!(
            entity(&doc, firm).kind,
            EntityKind::Organization,
            "in {text:?}{}",
            describe(&doc)
        );
    }
}

#[test]
fn the_name_without_its_legal_form_is_the_same_company_later() {
    let text = "El Paso Brakeworks Co said it had agreed to limit price rises. \
                El Paso Brakeworks said the deal was fair to customers.";
    let doc = extract(text);
    let first = speaker_of(&doc, "it had agreed to limit price rises");
    assert!(first.is_some(), "{}", describe(&doc));
    assert_eq!(
        speaker_of(&doc, "the deal was fair to customers"),
        first,
        "{}",
        describe(&doc)
    );
    let firm = entity(&doc, first.unwrap_or_default());
    for form in ["El Paso Brakeworks Co", "El Paso Brakeworks"] {
        assert!(
            firm.surface_forms.iter().any(|f| f == form),
            "{form}{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_hyphenated_adjective_before_a_firm_is_not_its_name() {
    let text = "Ohio-based Greyfield One Corp said it would merge with a rival.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "it would merge with a rival"),
        Some("Greyfield One Corp"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_body_s_head_word_alone_is_the_body_named_with_it() {
    let text = "The Harbour Grain Exchange said it will begin a review of its rules. \
                The Exchange said the study is needed because of rapid changes in trading.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(
            &doc,
            "the study is needed because of rapid changes in trading"
        ),
        speaker_of(&doc, "it will begin a review of its rules"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "it will begin a review of its rules"),
        Some("Harbour Grain Exchange"),
        "{}",
        describe(&doc)
    );
    // A head word before "of", "for" or "to" too; but not when two such bodies were named.
    assert_speakers(&[(
        "The Institute for Quiet Streets said noise had doubled. The Institute also said \
         the council had done nothing.",
        "the council had done nothing",
        "Institute for Quiet Streets",
    )]);
    let doc = extract(
        "The Institute for Quiet Streets met the Institute of Road Builders. The Institute \
         said the talks had failed.",
    );
    assert_eq!(
        speaker_of(&doc, "the talks had failed"),
        Some("Institute"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_firm_of_a_place_speaks_not_the_place() {
    let text = "Brakeworks Corp of America said it has reached an agreement with the union.";
    let doc = extract(text);
    assert_eq!(
        speaker_of(&doc, "it has reached an agreement with the union"),
        Some("Brakeworks Corp"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_firm_with_two_legal_words_is_one_company_in_all_its_forms() {
    let text = "Skyway Group Inc said it will buy a rival. Skyway Group said the deal was fair. \
                Skyway said it was pleased with the price.";
    let doc = extract(text);
    let first = speaker_of(&doc, "it will buy a rival");
    assert!(first.is_some(), "{}", describe(&doc));
    for said in ["the deal was fair", "it was pleased with the price"] {
        assert_eq!(speaker_of(&doc, said), first, "{said}{}", describe(&doc));
    }
}

#[test]
fn a_firm_s_short_name_read_as_a_person_is_the_firm_named_in_full() {
    let text = "Telecoms firm restates results\n\n\
                Canadian telecoms firm Vantel Networks has restated its results for the third \
                time.\n\nVantel said revenue was higher than first thought. Vantel's head Frank \
                Mills and two other executives were fired in January after the company \
                announced an audit.";
    let doc = extract(text);
    let named: Vec<_> = doc
        .annotations
        .entities
        .iter()
        .filter(|e| e.name == "Vantel Networks")
        .collect();
    assert_eq!(named.len(), 1, "{}", describe(&doc));
    assert_eq!(
        named[0].kind,
        EntityKind::Organization,
        "{}",
        describe(&doc)
    );
    assert_eq!(
        speaker_of(&doc, "revenue was higher than first thought"),
        Some("Vantel Networks"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_firms_first_word_alone_later_is_the_firm() {
    assert_speakers(&[(
        "Brellmark Canada Oil Co Ltd said it found gold. Brellmark said the mine would open in May.",
        "the mine would open in May",
        "Brellmark Canada Oil Co Ltd",
    )]);
}

#[test]
fn a_wire_ticker_after_a_firm_is_the_firm() {
    let text = "Brellmark Oil Corp <BRO> said it would sell its refineries. BRO shares rose.";
    let doc = extract(text);
    assert_eq!(
        entity(&doc, "Brellmark Oil Corp").kind,
        EntityKind::Organization
    );
    assert!(
        !doc.annotations.entities.iter().any(|e| e.name == "BRO"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_firm_whose_name_ends_in_a_possessive_speaks() {
    // The "'s" belongs to the name: "said" after it is the verb, not a noun after an owner.
    assert_speakers(&[
        (
            "Moody's said it may downgrade the debt of Brellmark Oil Corp.",
            "it may downgrade the debt of Brellmark Oil Corp",
            "Moody's",
        ),
        (
            "McDonald's said it would open 40 restaurants in Britain this year.",
            "it would open 40 restaurants in Britain this year",
            "McDonald's",
        ),
    ]);
    // An owner before a noun is still an owner: "Blair's claim" is no speech of Blair's.
    let doc = extract("Blair's claim angered the opposition.");
    assert!(doc.annotations.statements.is_empty(), "{}", describe(&doc));
}

#[test]
fn a_firm_named_in_wire_brackets_speaks() {
    // Reuters writes an unlisted company's name in angle brackets; a ticker is upper case.
    assert_speakers(&[
        (
            "<Tofutti Brands Inc> said it would raise the prices of its desserts.",
            "it would raise the prices of its desserts",
            "Tofutti Brands Inc",
        ),
        (
            "Finland's <Kansallis-Osake-Pankki> said it is issuing 100 mln dlrs of bonds.",
            "it is issuing 100 mln dlrs of bonds",
            "Kansallis-Osake-Pankki",
        ),
        (
            "Brellmark Oil Corp <BRO> said it would sell its refineries.",
            "it would sell its refineries",
            "Brellmark Oil Corp",
        ),
    ]);
}

#[test]
fn a_dotted_legal_form_ends_the_firms_name() {
    let doc = extract("Velmark A.G. said it would raise the prices of its turbines.");
    assert_eq!(
        speaker_span_of(&doc, "it would raise the prices of its turbines"),
        Some("Velmark A.G."),
        "{}",
        describe(&doc)
    );
    assert!(!entity_names(&doc).contains(&"A.G."), "{}", describe(&doc));
}

#[test]
fn a_trade_noun_or_a_base_describes_the_firm_named_before() {
    assert_speakers(&[
        (
            "Ford Motor Co said car sales rose 12 pct. The automaker said it sold 11,841 cars.",
            "it sold 11,841 cars",
            "Ford Motor Co",
        ),
        (
            "Kestrel Motor Co said car sales rose 12 pct. The Japanese-based automaker said it \
             sold 11,841 cars.",
            "it sold 11,841 cars",
            "Kestrel Motor Co",
        ),
    ]);
    // "the Frankfurt-based exchange" is not an exchange that names another city.
    let doc = extract(
        "Deutsche Boerse made a bid for the London Stock Exchange, which rejected it. The \
         Frankfurt-based exchange said it would return with a better offer.",
    );
    assert_ne!(
        speaker_of(&doc, "it would return with a better offer"),
        Some("London Stock Exchange"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_organisation_that_names_its_own_description_speaks() {
    assert_speakers(&[
        (
            "The Labour party said the Liberal Democrats needed to explain the plan.",
            "the Liberal Democrats needed to explain the plan",
            "Labour Party",
        ),
        (
            "Velmark Corp bought a rival. The Velmark group said it planned to open new stores.",
            "it planned to open new stores",
            "Velmark Corp",
        ),
    ]);
    // Members of a party are not the party.
    assert_no_speakers(&["Some in the Tory party are urging Mr Howard to announce tax cuts."]);
}

#[test]
fn a_document_introduced_before_speaks_for_its_issuer() {
    assert_speakers(&[
        (
            "Velmark Corp said in a statement that profits rose. The statement said sales were \
             strong.",
            "sales were strong",
            "Velmark Corp",
        ),
        (
            "The regulator approved the deal, Brellmark Corp said in a statement. The statement \
             said a new firm would buy the stake.",
            "a new firm would buy the stake",
            "Brellmark Corp",
        ),
    ]);
    // A report its sentence says someone else wrote is not the citer's.
    let doc = extract(
        "Velmark Corp cited a report by the Trade Board. The report said sales were strong.",
    );
    assert_eq!(
        speaker_of(&doc, "sales were strong"),
        None,
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_bank_refers_back_to_a_bank_without_the_word_bank_in_its_name() {
    assert_speakers(&[
        (
            "Citicorp said quarterly profit rose 12 pct. The bank said it would open ten \
             branches in Texas next year.",
            "it would open ten branches in Texas next year",
            "Citigroup",
        ),
        (
            "Harlow Valley Bancorp said quarterly profit rose 12 pct. The bank said it would \
             open ten branches in Ohio next year.",
            "it would open ten branches in Ohio next year",
            "Harlow Valley Bancorp",
        ),
    ]);
}

#[test]
fn founders_joined_by_an_ampersand_are_one_firm() {
    let doc = extract(
        "Regulators are investigating the broker Quillon & Marsby. Quillon said it would \
         co-operate fully.",
    );
    assert_eq!(
        speaker_of(&doc, "it would co-operate fully"),
        Some("Quillon & Marsby"),
        "{}",
        describe(&doc)
    );
    // Two people's full names joined by "&" stay two people.
    let doc =
        extract("The show starred Helen Okafor & Graham Dawson. Dawson said the show was a shock.");
    assert_eq!(
        speaker_of(&doc, "the show was a shock"),
        Some("Graham Dawson"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_firm_after_a_clause_is_the_firm_that_opens_it() {
    assert_speakers(&[(
        "Velmark Corp said sales fell. Velmark also cut jobs. Brellmark Corp's profits rose by \
         a third, the firm said.",
        "Brellmark Corp's profits rose by a third",
        "Brellmark Corp",
    )]);
    // A newspaper reports on others.
    let doc = extract(
        "The Daily Courier said the plan was dead. The Trade Board will cut its forecast, the \
         newspaper reported.",
    );
    assert_eq!(
        speaker_of(&doc, "The Trade Board will cut its forecast"),
        Some("Daily Courier"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_newspaper_is_an_outlet_named_before_never_the_firm() {
    // No outlet named: "the newspaper" stands for no one.
    let doc = extract(
        "Jobs\n\nGlobex Holdings cut 300 jobs last week. The newspaper said the cuts would go on.",
    );
    assert_eq!(
        speaker_of(&doc, "the cuts would go on"),
        None,
        "{}",
        describe(&doc)
    );
    // An outlet named before: "the newspaper" and "the paper" are it, past the firm.
    assert_speakers(&[
        (
            "Jobs\n\nGlobex Holdings cut 300 jobs, the Guardian reported. Globex declined to \
             comment. The newspaper said the cuts would go on.",
            "the cuts would go on",
            "The Guardian",
        ),
        (
            "Jobs\n\nGlobex Holdings cut 300 jobs, the Harwick Courier reported. Globex declined \
             to comment. The paper said more cuts were due.",
            "more cuts were due",
            "Harwick Courier",
        ),
    ]);
}

#[test]
fn a_known_firm_followed_by_and_co_and_its_legal_form_speaks() {
    // The gazetteer names the bank without "and Co Inc"; the legal form after it is no second
    // party of a pair.
    assert_speakers(&[
        (
            "Morgan Stanley and Co Inc said it would open an office in Oslo.",
            "it would open an office in Oslo",
            "Morgan Stanley",
        ),
        (
            "Morgan Stanley & Co Ltd said the notes were fully placed.",
            "the notes were fully placed",
            "Morgan Stanley",
        ),
    ]);
}

#[test]
fn a_partnership_named_with_a_comma_is_one_firm() {
    // "Dorn, Weller and Co": the names before "and Co" set off by a comma.
    let doc = extract("Dorn, Weller and Co said the bonds were priced at par.");
    assert_eq!(
        speaker_of(&doc, "the bonds were priced at par"),
        Some("Dorn, Weller and Co"),
        "{}",
        describe(&doc)
    );
    // An analyst "at" or "with" it speaks for himself.
    assert_speakers(&[
        (
            "Ann Kettle, analyst at Dorn, Weller and Co, said profits would rise.",
            "profits would rise",
            "Ann Kettle",
        ),
        (
            "Ann Kettle, an analyst with Brellmark Securities, said profits would rise.",
            "profits would rise",
            "Ann Kettle",
        ),
    ]);
}

#[test]
fn a_firm_with_an_abbreviated_legal_form_and_its_city_speaks() {
    assert_speakers(&[(
        "Brellmark Oil Inc. in Houston said it raised prices.",
        "it raised prices",
        "Brellmark Oil Inc",
    )]);
}
