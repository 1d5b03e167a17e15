//! The word classes of `data/relation_words.tsv`: what the relation finder knows of English
//! besides its triggers (modality markers, nouns of acts and intent, light verbs, members and
//! parts of a body), kept as data so that it can be read and extended without the code.

// FxHash: the tables' keys are our own data (see Cargo.toml).
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Word classes the relation finder reads; see the table's header for each class.
#[derive(Debug, Clone, Default)]
pub struct RelationWords {
    pub hedges: HashSet<String>,
    pub report_markers: HashSet<String>,
    pub future_markers: HashSet<String>,
    pub intentions: HashSet<String>,
    pub light_verbs: HashSet<String>,
    pub owned_actors: HashSet<String>,
    /// Speech cue lemma → the act it is on whoever the statement is about.
    pub speech_acts: HashMap<String, String>,
    /// Nouns that alone name an act in a headline → its predicate ("takeover bid", "gun suit").
    pub headline_nouns: HashMap<String, String>,
    pub country_acts: HashSet<String>,
    pub acts: HashSet<String>,
    /// Phrases after a name that put an obligation on it, as words.
    pub obligations: Vec<Vec<String>>,
    /// Qualities whose denial blames whoever they are denied of ("was not strong enough",
    /// "doesn't practise what he preaches"), as words; said without a negation they judge
    /// nothing here.
    pub shortcomings: Vec<Vec<String>>,
    /// Adjectives that praise whoever is called one before a role word of
    /// descriptor_roles.tsv ("a great chancellor", "a fine leader").
    pub praising_adjectives: HashSet<String>,
    pub trigger_fillers: HashSet<String>,
    /// Words that may stand between a light verb and its act noun ("a hostile bid for").
    pub act_modifiers: HashSet<String>,
    /// Nouns of kinship ("husband", "father") → the sex they name: "male", "female" or "any".
    pub kin_nouns: HashMap<String, String>,
    /// Verbs (lemmas) of facing or receiving what someone does: "faced charges from X".
    pub faced_verbs: HashSet<String>,
    /// Nouns of a fault that judge their owner ("Labour's incompetence"); each is also an
    /// evaluation of evaluations.tsv.
    pub judging_nouns: HashSet<String>,
    /// Slot noun → the class it stands in for.
    slot_nouns: HashMap<String, String>,
    pub deal_verbs: HashSet<String>,
    pub talk_nouns: HashSet<String>,
    /// What one faces from someone → the act it is of theirs, in table order.
    pub faced: Vec<(String, String)>,
    pub joint_nouns: HashSet<String>,
    /// Nouns of a group of sides bound together whose members are listed after "of": "an
    /// alliance of the US, India and Japan".
    pub bloc_nouns: HashSet<String>,
    pub penalty_words: HashSet<String>,
    pub letter_asks: HashSet<String>,
    pub failures: HashSet<String>,
    /// Verbs before "to" whose infinitive's act did not happen ("refused to meet").
    pub negating_verbs: HashSet<String>,
    /// Trigger verbs (lemmas) that also take a clause with no "that" ("warned Labour was").
    pub clause_verbs: HashSet<String>,
    /// Verbs and participles before "to" → the modality they give the infinitive's act ("is
    /// said to have met" → reported, "appears to have met" → hedged).
    pub raising_verbs: HashMap<String, String>,
    pub member_nouns: HashSet<String>,
    /// Nouns for people around someone ("critics", "wife", "advisers"): an owner before them
    /// is no target.
    pub around_nouns: HashSet<String>,
    /// Nouns for the one who leads a body ("head", "chief", "boss", "chairman"): "the head
    /// of Oracle", "Oracle boss" is that person, not the body.
    pub leader_nouns: HashSet<String>,
    pub part_words: HashSet<String>,
    /// Nouns "meet" takes that are no party to a meeting ("met the deadline").
    pub met_things: HashSet<String>,
    /// Phrases of trust or distrust that end before the one they are about, as words, with the
    /// act they are of the one who voices them ("a lack of trust in X" → criticized).
    pub stances: Vec<(Vec<String>, String)>,
    /// Verbs of paying: a trigger they open needs the sum paid before its preposition ("paid
    /// $1bn for X"), and what is bought is a firm ("paid for him to fly" buys no one).
    pub priced_verbs: HashSet<String>,
    /// Words for a firm, besides `org_nouns.tsv`, that a country's name before them only
    /// describes when a firm's name follows ("US rival Grey Global").
    pub firm_words: HashSet<String>,
    /// Evaluations in -ed that judge their subject after "be" ("the plans were misguided"),
    /// unlike participles of what is done to it ("he was misled").
    pub judging_participles: HashSet<String>,
    /// Adjectives that open a trigger after "be" ("was critical of", "is proud of"): the
    /// subject holds the stance, no passive.
    pub stance_adjectives: HashSet<String>,
    /// Participles of a trigger that are adjectives before a bare lower-case noun ("opposing
    /// skipper X", "opposing views"): no trigger there.
    pub adjective_participles: HashSet<String>,
    /// Nouns of one who holds a stance, opening a trigger after a copula and an article ("is a
    /// fierce critic of", "remains a strong supporter of"): the copula's subject holds it.
    pub stance_nouns: HashSet<String>,
    /// Verbs that link a subject to what it is, besides "be" ("remains", "became").
    pub linking_verbs: HashSet<String>,
    /// Verbs (lemmas) whose object is told to do what the infinitive after it says ("told
    /// Mr Howard to apologise", "challenged the Tories to publish"): a demand on the object.
    pub directives: HashSet<String>,
    /// Verbs (lemmas) of hoping: "hoped Mr Brown would be premier" backs Mr Brown.
    pub hope_verbs: HashSet<String>,
    /// What one may hope someone will do, as verbs (lemmas) after "would" or "will": "be",
    /// "return", "serve", "win" (and not "lose", "resign", "fail").
    pub hoped_outcomes: HashSet<String>,
    /// Verbs (lemmas) of buying goods after "a deal to": the seller follows "from".
    pub goods_buying: HashSet<String>,
    /// Verbs (lemmas) of selling goods after "a deal to": the buyer follows "to".
    pub goods_selling: HashSet<String>,
    /// Verbs (lemmas) of settling a suit or charges ("agreed to settle a lawsuit filed by X").
    pub settle_verbs: HashSet<String>,
    /// Participles of bringing a suit or charges, before "by" and who brought them.
    pub bring_verbs: HashSet<String>,
    /// Verbs (lemmas) of talking a matter over, whose partner follows the matter after "with":
    /// "discussed the campaign with Mr Blair".
    pub discuss_verbs: HashSet<String>,
    /// Verbs (lemmas) of telling someone something that meet them when a gathering is named
    /// in the sentence ("told Mr Brown at a dinner").
    pub in_person_verbs: HashSet<String>,
    /// Nouns of a gathering where people meet in person ("dinner", "summit").
    pub gathering_nouns: HashSet<String>,
    /// Nouns of a demand made of someone named after "for" (or "on") and an infinitive: "an EU
    /// demand for Turkey to recognise Cyprus", "his call for Mr Blair to resign".
    pub demand_nouns: HashSet<String>,
    /// Verbs (lemmas) that make such a demand their subject's own: "renewed the call for",
    /// "joined the calls for", "put pressure on" (not "rejected calls for").
    pub demand_verbs: HashSet<String>,
    /// Verbs (lemmas) of winning or receiving a contract or order that a name before the noun
    /// gives: "Memory Metals gets NASA contract", "has received a U.S. Navy contract".
    pub award_verbs: HashSet<String>,
    /// Nouns of what is won so: "contract", "order".
    pub award_nouns: HashSet<String>,
    /// Verbs that call off a deal, bid or plan before its act: "terminated its agreement to
    /// acquire X", "withdrew its takeover offer for X" (the act is negated).
    pub cancel_verbs: HashSet<String>,
    /// Verbs that deny a claim named after them: "rejected allegations he pressured X".
    pub denial_verbs: HashSet<String>,
    /// Nouns of a claim such a verb denies: "allegations", "claims", "reports".
    pub claim_nouns: HashSet<String>,
    /// Words that tell a bid or takeover done: "the completion of its takeover of X".
    pub completion_words: HashSet<String>,
    /// Words of an approval a deal still waits for: "approved", "approval", "clearance".
    pub approval_words: HashSet<String>,
    /// Words before such a noun that make the approval awaited: "needs", "subject to".
    pub awaiting_words: HashSet<String>,
}

impl RelationWords {
    /// Adds one row (class, phrase, value); an unknown class or a missing value is an error
    /// the caller reports with the file and line.
    pub(super) fn add(&mut self, cols: &[&str]) -> Result<(), String> {
        let phrase = cols[1].to_lowercase();
        let value = || {
            cols.get(2)
                .map(|v| v.to_string())
                .ok_or_else(|| format!("class {:?} needs a third column", cols[0]))
        };
        let set = match cols[0] {
            "hedge" => &mut self.hedges,
            "report_marker" => &mut self.report_markers,
            "future_marker" => &mut self.future_markers,
            "intention" => &mut self.intentions,
            "light_verb" => &mut self.light_verbs,
            "owned_actor" => &mut self.owned_actors,
            "country_act" => &mut self.country_acts,
            "act" => &mut self.acts,
            "trigger_filler" => &mut self.trigger_fillers,
            "act_modifier" => &mut self.act_modifiers,
            "faced_verb" => &mut self.faced_verbs,
            "judging_noun" => &mut self.judging_nouns,
            "deal_verb" => &mut self.deal_verbs,
            "talk_noun" => &mut self.talk_nouns,
            "joint_noun" => &mut self.joint_nouns,
            "bloc_noun" => &mut self.bloc_nouns,
            "penalty_word" => &mut self.penalty_words,
            "letter_ask" => &mut self.letter_asks,
            "failure" => &mut self.failures,
            "negating_verb" => &mut self.negating_verbs,
            "clause_verb" => &mut self.clause_verbs,
            "member_noun" => &mut self.member_nouns,
            "around_noun" => &mut self.around_nouns,
            "leader_noun" => &mut self.leader_nouns,
            "part_word" => &mut self.part_words,
            "met_thing" => &mut self.met_things,
            "priced_verb" => &mut self.priced_verbs,
            "firm_word" => &mut self.firm_words,
            "judging_participle" => &mut self.judging_participles,
            "stance_adjective" => &mut self.stance_adjectives,
            "adjective_participle" => &mut self.adjective_participles,
            "stance_noun" => &mut self.stance_nouns,
            "linking_verb" => &mut self.linking_verbs,
            "directive" => &mut self.directives,
            "hope_verb" => &mut self.hope_verbs,
            "hoped_outcome" => &mut self.hoped_outcomes,
            "goods_buying" => &mut self.goods_buying,
            "goods_selling" => &mut self.goods_selling,
            "settle_verb" => &mut self.settle_verbs,
            "bring_verb" => &mut self.bring_verbs,
            "discuss_verb" => &mut self.discuss_verbs,
            "in_person_verb" => &mut self.in_person_verbs,
            "gathering_noun" => &mut self.gathering_nouns,
            "demand_noun" => &mut self.demand_nouns,
            "demand_verb" => &mut self.demand_verbs,
            "award_verb" => &mut self.award_verbs,
            "award_noun" => &mut self.award_nouns,
            "cancel_verb" => &mut self.cancel_verbs,
            "denial_verb" => &mut self.denial_verbs,
            "claim_noun" => &mut self.claim_nouns,
            "completion_word" => &mut self.completion_words,
            "approval_word" => &mut self.approval_words,
            "awaiting_word" => &mut self.awaiting_words,
            "praising_adjective" => &mut self.praising_adjectives,
            "obligation" => {
                let words = phrase.split_whitespace().map(str::to_string).collect();
                self.obligations.push(words);
                return Ok(());
            }
            "shortcoming" => {
                let words = phrase.split_whitespace().map(str::to_string).collect();
                self.shortcomings.push(words);
                return Ok(());
            }
            "speech_act" => {
                self.speech_acts.insert(phrase, value()?);
                return Ok(());
            }
            "headline_noun" => {
                self.headline_nouns.insert(phrase, value()?);
                return Ok(());
            }
            "stance" => {
                let words = phrase.split_whitespace().map(str::to_string).collect();
                self.stances.push((words, value()?));
                return Ok(());
            }
            "faced" => {
                self.faced.push((phrase, value()?));
                return Ok(());
            }
            "raising_verb" => {
                let v = value()?;
                if !matches!(v.as_str(), "reported" | "hedged") {
                    return Err(format!(
                        "raising_verb {phrase:?}: modality {v:?} is not reported or hedged"
                    ));
                }
                self.raising_verbs.insert(phrase, v);
                return Ok(());
            }
            "kin_noun" => {
                self.kin_nouns.insert(phrase, value()?);
                return Ok(());
            }
            "slot_noun" => {
                self.slot_nouns.insert(phrase, value()?);
                return Ok(());
            }
            other => return Err(format!("unknown word class {other:?}")),
        };
        set.insert(phrase);
        Ok(())
    }

    /// The class of slot nouns `w` belongs to, singular or plural ("agreed settlements with").
    pub fn slot_class(&self, w: &str) -> Option<&str> {
        let one = w.strip_suffix('s').unwrap_or(w);
        self.slot_nouns
            .get(w)
            .or_else(|| self.slot_nouns.get(one))
            .map(String::as_str)
    }
}
