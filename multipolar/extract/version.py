"""The extractor's version, and the fingerprint of the rule set it promises.

``EXTRACTOR_VERSION`` is stamped on every ingest load run (``load_runs.method``). A version name is a
promise: the same version, the same rules. ``rules_fingerprint()`` hashes the rule set:

* the code of the extractor: :mod:`multipolar.extract.pipeline` and every module of
  ``multipolar.extract``, ``multipolar.resolve`` and ``multipolar.domain`` (the vocabularies and the group
  codes shape what is read) it imports, directly or not (found by reading the
  imports, so a new stage module counts as soon as the pipeline imports it), each as its syntax tree with
  docstrings stripped — comments, docstrings and layout do not count;
* the data files of ``multipolar/extract/`` (the lexicons, and any other non-Python file there);
* the files of ``multipolar/resolve/`` that a rule module names (``states.json`` … read by the registry).

``version.json`` beside this module records {version: fingerprint}. ``tests/test_extractor_version.py``
fails when the rules changed but ``EXTRACTOR_VERSION`` did not: bump it (``rules.v1`` → ``rules.v2``)
and record the new version::

    python -m multipolar.extract.version --record

which records the current fingerprint under a version not yet recorded, and refuses to overwrite one.
This module itself and ``version.json`` are not part of the rule set (bumping the version must not
change the fingerprint). The spaCy model is named in ``nlp.py`` (so a change of package counts); a change
of its pinned version in ``pyproject.toml`` is not seen here — bump the version for it by hand.
"""

from __future__ import annotations

import ast
import hashlib
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from ..code_identity import code_identity

#: The version of the extractor, stored with every load run it produces. Bump it whenever the rules change.
#: What each version changed is in docs/extraction.md ("Rule versions"); rules.v3 (issue 12): the speaker's
#: implied requests and press-conference stances, invitations, "between" parties, collective and pronoun
#: subjects across sentences, implied partners after a meeting, dated truces, undone deals, asides' dates.
#: rules.v4 (issue 12, third round): see docs/extraction.md. rules.v5 (issue 13): rules.v4's rules reorganised
#: (constants and vocabularies in multipolar.domain, checked when evidence is built); the same output.
#: rules.v6 (issue 12, fourth round): participants across sentences, speakers, speech acts, CAMEO-derived
#: triggers, claim roles and numbers, stance paraphrase and holders; see docs/extraction.md. rules.v7 (issue 12,
#: fifth round): roles on unseen prose, the speaker's acts in speeches, claims and stances for precision.
#: rules.v8: rules.v7 with three mechanisms written once (a hyphen-mediated truce's mediation is told once).
#: rules.v9 (issue 12, sixth round): parties in reduced and passive clauses, claim periods as analysts date
#: figures, requests of the state asked, reactions and joint acts; see docs/extraction.md. rules.v10 (seventh
#: round): places of one's own attacked, deals and their brokers, requests and promises in speeches, national
#: figures of the speaker or the state a story is about, dates of coordinated clauses. rules.v11 (eighth round):
#: cities placed in their states, wire-copy acts (calls, hosts, brands, protests), back-references, seasons and
#: narrative dates, speakers' own figures and supply shares. rules.v12 (ninth round): people from the Phoenix
#: actor dictionary, questions and citation marks, requests as nouns, refusals, magazine and encyclopedia prose,
#: claims' wholes, partners and givers in lists, ellipses and appositions. rules.v13 (tenth round): collective
#: references ("the two countries", "all three governments"), bids backed or blocked, enlargement, press-conference
#: warnings and rejections, election lists, troop strengths as people counts, gapped and "each" lists, aid handed.
#: rules.v14 (eleventh round): regions' states named together, envoys withdrawn and entity lists, "it" acted upon,
#: years that name things and deadlines, the Assembly's president, treaties in relations articles, telephone calls
#: told by their purpose, thanks for support, troops withdrawn and refugees hosted, summit readouts, dates that name
#: things, telephone agreements, reactions and requests conjoined, aid instruments, goods' shares, peace stances.
#: rules.v15 (twelfth round): refusals of requests, blocked or stalled talks, revoked deals, lists of unfriendly
#: states, equipment handed over, refugees hosted as aid, troops that left or arrived, passive grants of status,
#: happenings' own dates, whose displaced, "its" after "the people of X"; leaders by surname, relative
#: days and meetings' dates, thanks over long lists, founding treaties, the permanent five, a figure's second party,
#: embassies' diplomats, leanings, populations.
#: rules.v16 (thirteenth round): organs owned by "its", relative dates told once, acts after dated happenings, bare
#: refusals, resolutions backed, harms said of others, invasions condemned, journeys, membership bids, aid and loans
#: told as sums (the money-events stage), lists after appositions, "each side … the other", apologies, bases abroad,
#: calls "for", measures adopted "wave after wave", steps regarded as a threat; forces counted, debts owed,
#: investment shares, sums contributed, shares bought; efforts backed.
#: rules.v17 (fourteenth round): promises dated when made, present acts not dated by a coordinated clause, "last
#: week" and weekends counted back, a year naming a thing, a time of the verb's own clause or of another happening,
#: terms ahead, counted days, an encyclopedia's bare dates, reactions dated by the act they answer; calls to a lone
#: name and asking on a call, bare surnames of office holders, "our brothers in X", "in particular X", plural titles,
#: organs owned by a possessive, no speaker for participles or named non-state receivers; relief goods, "press for",
#: refusing talks, "subjected to shelling", acts going on, truces reached, refusals told as "will never", denials,
#: judged-wrong clauses, "these crimes", "take this opportunity to"; vague ranks, compared states, missions counted.
#: rules.v18 (fifteenth round): deals signed in the passive or a participle read for the parties their name gives,
#: the thanked named among a plural, "myself" the speaker's, a conflict party's offensive launched at the other,
#: foundation stones laid together, armoured vehicles supplied, "the two men/leaders" named earlier in the sentence,
#: lists the parser took for appositions, proceedings instituted against a state, a host's offer to host, topic
#: phrases and named formats no party, an encyclopedia's back matter unread; "trade between the two" of the two named;
#: terms "until the end of" a year, statements' reactions dated when said, signatories of a participle bound to each
#: other, months ahead for acts still ahead, "ended with a pledge", "without X", skipped summits, borders crossed,
#: prisoners held, consulates opened, a time closing a sentence after a comma or before a colon split, "with the
#: support of X", "Mr" before a surname; claims: no story year after the text, "our" ranks and bilateral trade,
#: "of whom N", "made up N%", bilateral trade of the pair told last, the noun a sum modifies.
#: rules.v19 (sixteenth round): a figure on a page about two states' relations is theirs; sums handed over ("will
#: provide $12 million", "a contribution of", "in support for X") are aid, received by the other state a title names,
#: and promised with "will" an agreement; "a further loan" keeps its pair; a leader gives for his state; a place where
#: something happened takes no part in a flow; a trade figure with a rank keeps the rank's pair; a state only compared
#: with has no share; fractions of "our" trade; "the first months of the year"; "U.S.–X" split; "the parties in X";
#: a mediator's sides only when met close together; "our two countries" and "the two Governments" in a statement;
#: initialling; "brought together"; a statement's agentless signing; consulates and trade offices opened; "that
#: month" of the sentence's own date; no denial of a clause before it; month ranges; a time outside an infinitive not
#: ahead; the host side of a visit; a joint statement's "we"; the pair a readout opens with; the two named with the
#: speaker's state; sums handed over only where a state is named, gifts with their verb left out, a project's cost.
#: rules.v20 (seventeenth round): "earlier that year"; a sum per unit of goods is a price; "among X's five largest";
#: "X is Y's largest source of investment"; "invested … in the country"; "in financing"; the giver of a clause after
#: ", and"; a year a change is measured from is no story's year; an aside between dashes; the source of figures
#: ("according to X's customs"); "with A or B"; another flow's owner; the other of a relations pair for exports and
#: imports; "the region's" ranks and money "to the region"; a share told with a rank; "ranked ninth among"; a month in
#: capitals; a figure's year is no paragraph's year; spans of days; a list of inviting governments; "the leaders" at a
#: summit of one with many (host with each guest); a sea's name; a US state's name; a border one acts near; "together
#: with"; a summit's body and city are venues; SCO and CIS are no states; "call on …, first of all A and B"; "in the
#: first place"; "described as"; a relations page's agentless passive; visits led, received and "visiting"; thanks
#: "among them"; "the two leaders" after a host's two guests; a passive harm said; a "since" clause's time; a
#: ceasefire agreement reached; "and we will continue to do so"; a rescue team sent; a statement's "our neighbour"
#: trade and "of our" people; a stance on a collective holds for each of its states.
#: rules.v21 (eighteenth round): a result told after a figure (", making X Y's partner") is its own clause; a share
#: of the gas a state consumes or burned; a price whose buyer is the other state named; "imports of Russian oil"; "the
#: biggest source of X's imports" and "second place among X's suppliers"; a share told after a rank; "the two
#: countries" as the two named most of late; a rank after a sum fills in its missing end; a bank's debt held; a
#: lender's name is no flow; a share of external debt; "2,000-strong"; "said it had lost"; a time noted in a
#: participle ("…, noting that trade reached $700m last year") is not the act's; "met together with" is a meeting;
#: the host of a summit meets each guest.
#: rules.v22 (nineteenth round): in a speech known only by its year, the speaker's past act told after a dated one
#: is of that date; a city where a body sits or whose status is at stake is no party; another state's plan is not
#: the speaker's act; a joint act of many states none of whom is named is a body's, not each with every other;
#: migrants' origin, a need for aid and goods' origin name no party; "at the request of X" is X's request, and
#: "of the parties" names no one; a conflict "in our neighbour" leaves the speaker out; "the two countries" are not
#: the state of a summit's city; "X, together with Y," acts with Y; a deal's broker and a signing's venue "at the
#: White House" are no signatories; peoples not named in "-ans" ("Jews", "Kurds") are people; "between 50,000 and
#: 70,000 X" is at least the lower; a figure "two years earlier" is of the year told less two; three or more states
#: signing in a city of one of them is the host's act with each guest; a hostile act a resolution is about is no
#: act of its backers; the speaker's "we call on" is asked when said; a deal "signed on <date>" in an article on two
#: states' relations is theirs; a trade target is trade between the two whose trade the sentence told; "X's
#: population of some N million" is X's.
#: rules.v23 (twentieth round): money to a giving verb's indirect object or the state a purpose serves; no flow in
#: "export markets"; arms sold to a verb's object; ranges and forces "of N" counted as people; years naming
#: documents; thanks over broken "to" lists; go-betweens "thanks to" mediation; visits as "returned to" or "was in";
#: offensives condemned and annexations not recognised are their doers'; coalitions led by a state; see
#: docs/extraction.md.
#: rules.v24 (twenty-first round): a diplomatic summons is an accusation; "both countries" urged about a truce are the
#: warring pair; a truce that collapsed is no new truce; an act lends its date only to the same doer's; "they"/"both"
#: after a meeting or call told in the sentence; a ministry's titled official is the speaker's; a war "launched by"
#: a state; charges called groundless; claims: a sum's own flow stops at a year, clock times, arrivals, money "that X
#: has provided to Y", a border "we share", "trade between our countries", "the first months of the year"; see
#: docs/extraction.md.
#: rules.v25 (twenty-second round): "for its aggression" is the one acted on's act; promises to help a state do
#: something; statements answering with an accusation; "which" after a government; dates of a list share a year;
#: deals' and mediators' parties from relative clauses; present-tense conditions; "the three leaders" named in the
#: sentence; "where we agreed" at a meeting; venues offered; bare "Central Asian countries"; what is welcomed;
#: stances: halting an offensive, "no X without Y", refusing to recognise an annexation, "the Central Asian side";
#: claims: elided ranks, states overtaken, teams and forces counted; see docs/extraction.md.
#: rules.v26 (twenty-third round): relationship acts (a joint statement or named declaration issued or adopted, a
#: partnership or alliance established, upgraded or reaffirmed) are AGREE between the parties; a counterpart set aside
#: that leaves no one falls back to the parties; a deal "signed by A and B with C" binds them to C; those thanked
#: beside "our partners"; "the three countries" told a sentence or two before or in the title; "his talks with X";
#: a paper "of <date>" dates its signing; embassies and consulates opened; claims: "two peoples" are no head count;
#: see docs/extraction.md.
#: rules.v27 (twenty-fourth round): "the Vice President" as a title; days spelled out; allegations that another
#: readied, backed or armed a harm; described acts accuse their doer, not their target; two acts dated apart in one
#: sentence; an opening topic ("On Syria, …") and a city naming a thing are no parties; demands rejected; troops
#: serving under a mission abroad; claims: a figure converted in brackets is counted once; see docs/extraction.md.
#: rules.v28 (twenty-fifth round): an act whose subject stands for those at a meeting the same sentence told ("met
#: President Putin, and we agreed …") is towards the others there; a tie stopped (trade halted, aid frozen, imports
#: stopped, an embassy's work suspended, a visit called off) is SANCTION towards the state it was with; a charge
#: dismissed in a clause hung on it is rejected towards its maker; nationals released ("freed 215 Ukrainians") were
#: held (RETREAT); the charge nouns one list (two constants of one name had shadowed each other, as had two of the
#: backing nouns); see docs/extraction.md.
#: rules.v29 (twenty-sixth round): a bare surname after the full name of the one person in the text who bears it; "the
#: four governments" as the one set of four named together before, and a joint act of them between all (not at the
#: speaker's own summit); "called them barbaric" after a hostile act, and damning words said of an act, accuse its
#: doer; an envoy summoned by the ministry he was summoned to or by the one who says so; two who complain of a clause's
#: subject; "handed back" (RETREAT), "undertook to" (AGREE); states the parser joined to a phrase before the verb as
#: its subject; "US cents" no state; UK foreign secretaries; claims: areas in km² and square miles, the parts of a
#: count of people told after a dash; see docs/extraction.md.
#: rules.v30 (twenty-seventh round): stances: ties called normal, legitimate or lawful are defended (the negations
#: deny attacks on them), a goal set to raise trade holds the ties, "exchanges" are ties; sanctions joined, enforced
#: or Western take the target named before, and "imposed after the invasion of X" names no target; a verb of refusing
#: above the issue's verb turns its position; NATO membership as becoming a member, entry, bid or path; whose rights
#: or rule of law: the one other state of the sentence; non-interference, ceasefires and humanitarian access take the
#: state their phrase names, never one of a relative clause or a broker ("US-brokered"); "grateful to X for their
#: support"; recognising breakaway regions opposes (refusing to supports) their state's territorial integrity; more
#: peace wordings; "in need of humanitarian aid" no position; an apposition describing the holder ("Turkey, a NATO
#: member") holds nothing; actors: units after figures ("130 MW") are no bodies; see docs/extraction.md.
#: rules.v31 (twenty-eighth round): claims: gas volumes written in bcm (or tcm) stay in that unit, the volume's other
#: end told after it ("to the EU", "from Turkmenistan", "of Russian gas"); money promised, earmarked or given in
#: humanitarian, financial or development support is aid; stances: economic ties named by their fields ("cooperation
#: in energy, transport and banking") or by a goal for annual trade, between the two that hold them; a power's money
#: or firms sought ("invited Chinese firms to bid") holds the ties, warned against ("Chinese investment could expose
#: Georgia to coercion") opposes them for the state exposed; stopping the evasion of sanctions backs them; a state
#: describing its own policy as balanced or multi-vector holds equidistance; a bid to join judged by another (held
#: up, blocked, stopped blocking; "the applications of X", "X's entry") and a bloc stating that a state will become a
#: member hold membership for the bidder; see docs/extraction.md.
#: rules.v32 (twenty-ninth round): events: a gathering attended (a summit, parade, ceremony, "attended by …", "which X
#: attended", "X was among the leaders who attended") is a visit to its host, the one named as hosting or convening
#: it, else the state of its place or of the city it is named for, and a host so named met its guests; those acting
#: at a gathering "hosted by X" came to X; a pledge to a state's sovereignty or security, adherence to the one-China
#: principle and a verb upholding a state's sovereignty back that state (SUPPORT); "denied any involvement", "denied
#: launching …" answer the accuser just told; standing ready to supply, provide or return is an offer (AGREE); in a
#: statement, a tribute paid and gratitude that others acted praise them; a body admitting a state, and candidate or
#: observer status granted, back it (SUPPORT); a return to "the Chinese capital" is a visit; "for the first time
#: since 2003" dates nothing; see docs/extraction.md.
#: rules.v33 (thirtieth round): events: the subjects of a main clause that the parser ran on as conjuncts of an
#: opening clause's last noun ("After the deal eased sanctions on Tehran, India and Iran signed …") act; a verdict
#: quoted as "a setback", "unfair", "unjustified", "reckless" … is a criticism (ACCUSE); "Treasury Secretary" and
#: "Secretary of Defense" act for the United States (registry aliases); hosting a military exercise is cooperation
#: with those who drill (COOPERATE), not a meeting; in a statement, "our Central Asian friends/partners/neighbours"
#: are the region's states but the speaker's; a state called "a reliable partner" or "a close ally" (not only
#: "described as") is praised (SUPPORT); a cleft sentence's first phrase acts ("It was the US that reimposed
#: sanctions"); "X chaired the summit, and A and B attended" are visits to X's state; "the three presidents" after a
#: sentence naming three states; "came to the aid of X" is AID and "at their request" X's request; a package of
#: sanctions with no target is against the sanctioner's last target; a chargé d'affaires summoned is a complaint;
#: claims: a sum given to expand trade is aid; see docs/extraction.md.
#: rules.v34 (thirty-first round), events, mostly who acted on whom: in a speech or statement, an act of four or more
#: states among them the speaker's is the speaker's with each partner; a joint declaration or statement whose content
#: clause names another state ("signed a joint declaration affirming that they will respect Mongolia's status") is
#: the makers' act towards that state; a deal told as a record of its kind ("the first such agreement between Central
#: Asian states") names no parties, and signing "together with" a second paper is no joint work; "the two presidents"
#: are the two this sentence names before a pair who met earlier; "the three men" like "the three leaders"; a title's
#: state and region ("India–Central Asia Summit") make "the six leaders"; whoever invited to a meeting ("at the
#: invitation of X, I met Y") did not meet; a name the parser hung on a fronted date is the subject ("On 27 September,
#: Azerbaijan, with …, attacked"); an abettor ("with the involvement of Turkey") is no target; fighting "along the
#: border between A and B" is theirs; "exchanged … strikes" are blows, not a topic; "X admitted that its military shot
#: down …" is X's act; "struck a tone/deal" is no blow; a participle the parser hung on the object ("struck a defiant
#: tone, blaming Washington") is the subject's act; a pledge to do something jointly is among those who pledge; what
#: those who met then agree ("The three leaders agreed …") is dated at their meeting; a speaker's blame skips what a
#: clause only supposes ("any act that would violate it"); a headline verb ("… Answer With Sanctions") does not make a
#: commentary a statement; relations established or restored are also an agreement reached (AGREE beside SUPPORT);
#: subjects the parser ran on after a fronted paper's name act ("Under the Budapest Memorandum, the US, the UK and
#: Russia undertook …"); a flow resumed to a state ("resumed gas exports to X") is cooperation; see
#: docs/extraction.md.
#: rules.v35 (thirty-second round), events: a statement "issued/released/published" by a state and welcoming or
#: condemning something is that state's reaction ("issued statements welcoming the deal": to the deal's parties, also
#: when the deal was told paragraphs before; a deal's parties exclude where it was signed); "called the bans
#: discriminatory", "a move X called a blockade" and similar brands blame the doer; a brawl is a clash, "pulled back"
#: and "disengaged" a retreat, both sides' retreat mutual; a person the parser ran on as a conjunct of a fronted place
#: ("Yesterday in Dushanbe, Foreign Minister Wang Yi met …") is the subject, also for "he" after it; a gathering on
#: whose sidelines people met is a venue, not a party nor a meeting of its own; "He asked X to …" after a dated
#: meeting of the two is dated at that meeting; "will continue its assistance to X" is a promise to X; an offer of
#: help or aid with no one named goes to the state the paragraph was just telling of; "remain committed to the
#: sovereignty of X" backs X; "the two parties" on a relations page are its pair; relations made long ago date no
#: later act of support; refusing to recognise an annexation told before is to the annexer; "bears responsibility"
#: blames; a reported attack told by a conjoined or attempted verb is alleged; a delegation, envoy or minister sent
#: to a state is a visit; claims: airmen, sailors, colleagues and other people nouns count people, apps do not;
#: stances: "X's internal affair" is non-interference; a clause beside a call ("…, while Y said …") has its own
#: holder; a breach one is to stop or refrain from ("refrain from interfering in each other's internal affairs")
#: upholds the issue; see docs/extraction.md.
#: rules.v36 (thirty-third round), events: "the regime" (and "regime forces") of a text that named one state's regime
#: ("the regime of Bashar al-Assad", not a backer in "the Russian-backed Assad regime") is that state; condolences
#: offered are backing (no offer), to the state the story is about when no one is named; "designated" with a
#: sanctioning body or word within three sentences, and a tariff raised or imposed on goods, are sanctions; a reply in
#: force said to come ("will take countermeasures", "would take reciprocal action", "reserved the right to respond
#: with all its might to any attack", "would exact a price") is a threat to the one it answers; an act "at X's
#: request" or "after a request from X" was asked by X of its doer (and help so asked for is for X); "the decision of
#: X to …" tells X's act as done; a state whose sovereignty the condemning words say was violated is not the one
#: condemned; ", as did Y" also after a clause hung on the act; a list the parser broke ("The United Arab Emirates,
#: Qatar, Turkey and Egypt") keeps its states; "said the West was engaged in blatant interference" alleges a wrong;
#: concern over acts a state launched disapproves of it; stances: "a domestic affair of X", protecting shipping, a
#: people's right to an independent state, preserving the unity of X; opposing "the imposition of sanctions on X by
#: Y" imposes none; "each side recognises the territorial integrity of the other" is held by each for the other
#: (whatever other state the sentence names); a breach phrase holds the issue words inside it ("will not tolerate
#: changes to the internationally recognised borders" upholds them); see docs/extraction.md.
#: rules.v37 (thirty-fourth round), stances: a truce, a peace, aid let through or non-interference whose phrase names
#: no one is about the state the sentence names as the conflict's place or party ("no military solution to the Afghan
#: conflict", "we call on Armenia to …"), or, when the sentence names no other state, the one the sentence before
#: named ("… Yemen. We call for an immediate ceasefire") — never the speaker, a place of meeting, a mediator or a
#: helper ("the mediation of X" names no target either), and no one when two are called on alike; events: leaders
#: who joined one another to announce or launch something met, and "the leaders" after it are they; a hostile act told
#: in the passive without its doer, within three sentences after the same kind of act on the same state, is that
#: doer's; see docs/extraction.md.
#: rules.v38 (thirty-fifth round), events: expulsions told by "kicked/threw … out", "sent … packing" and "ordered four
#: Russians to leave"; a count expelled with no one named ("Germany expelled four, Lithuania three apiece", "the 23 that
#: May expelled") is of those expelled within eight sentences before, the states named beside the count expelling too;
#: a veto is towards the state the vetoed draft names; a done withdrawal from the actor's own town in a war told before
#: gives the town up to the other side; "the four states", "all four navies" stand for the one group of four told
#: before even when the sentence names another state besides; a meeting "on the sidelines of a summit" is no summit of
#: a body; "before the first meeting" is a time, no meeting; a refusal or hostile act told with no one to receive it
#: is what "the decision" reacted to next is about; "a stab in the back", "a betrayal", "a blunder" brand an act; the
#: state of a place a subject is in ("wheat futures in Chicago") is not the sentence's subject; a condemned act is
#: its owner's ("the Iranian attack") or, with only the place struck named, that of the last doer of such an act
#: there — never the place's; "both sides" called on never include the one calling; "both countries" in a speech
#: are the two named besides the speaker; "the two leaders" naming no one are the title's two; states that only
#: describe a thing promised ("fighters returning from Syria") take no part in the promise; "the five Caspian states"
#: and "the five leaders" in a text on the Caspian are its five shore states; a counteroffensive is an attack, and one
#: done on the doer's own soil in a war told before is against the other side; help received under its giver's name
#: ("received Soviet aid", "Chinese loans") is the giver's to the receiver; actors: "the Alliance" and "the Union",
#: when the last body the text named by such a name was NATO or the EU, are that body; a state named as the neighbour
#: a thing is to live beside ("a State living side by side with Israel") receives nothing; a state a statement reports
#: saying damning words ("Russia's foreign ministry said the visit was a provocation") is not accused by the speaker;
#: claims: a distance within a state ("55 km of Iranian territory", "30 km in Uzbekistan") is that state's; people
#: named by their nationality ("three Kyrgyz employees") are of it even at another state's embassy; see
#: docs/extraction.md.
#: rules.v39 (thirty-sixth round), actors: Hezbollah is Lebanon's, the Houthis Yemen's, Kataib Hezbollah Iraq's
#: (armed groups scored by the state they fight from, as the annotators do), the IDF Israel's; events: "several
#: governments, including Germany and France" are the states named; a round of sanctions adopted with no one named
#: falls on whoever bore the last sanctions told within twelve sentences; thanks to one known to serve no state
#: ("Secretary-General Guterres … for his work") go to no state named before; a request "of the World Health
#: Organization" is no state's, and the state helped did not ask; doctors and nurses sent are aid; aircraft that
#: "violated Greek airspace" coerced Greece (a complaint told in the passive stays one); "degraded Hezbollah's military
#: leadership" is an attack; courtesies to the Assembly's president or his predecessor are no act towards their
#: states; standing "with the United Nations" backs no state met before; a readout's opening summit leads it though
#: a heading and a dateline come first, and a summit it recalls after its own meeting does not; ships or troops sent
#: into another's waters, zone or airspace are a show of force (MOBILIZE), no aid; a hostile act done "in response"
#: ("responded by suspending talks") with no one named is towards the doer of the last hostile act of the two
#: sentences before; "supported those decisions" backs the doers of the last act of the sentence before; see
#: docs/extraction.md.
#: rules.v40 (thirty-seventh round), actors: an abbreviation a text defines in brackets for a body of a known state
#: ("China Coast Guard (CCG)", "the PLA Eastern Theater Command (ETC)") is that body from then on; a unit named after a
#: known body's abbreviation ("PLA Rocket Force") is its state's; surnames with their article ("el-Sisi"); the
#: Taiwan Affairs Office (China's), Tsai Ing-wen, Lai Ching-te and Isaias Afwerki in the registry; events: a joint
#: exercise "around Taiwan" is one state's show of force, no cooperation; "condemned the exercise" reacts to the
#: exercise told before; who has another's backing ("Finland had the EU's full backing") is backed by it; a poster
#: released is no concession; a sitting leader congratulated on his election in a general-debate speech is no Assembly
#: president; land won back ("liberated Kherson", "retook the district") is an attack on whoever held it; crowds
#: attacking an embassy in a city act for that city's state; a rig or ship moved into another's zone is a show of
#: force; claims: machines counted are their named owner's ("49 PLA aircraft"), a border shared in a relative clause
#: ("Algeria, which shares a border of 1,000km with Niger") its antecedent's; stances: sovereignty claimed over a
#: place with no owner named is the claimant's own, "every inch of its territory" its territorial integrity, the
#: Security Council's reform an issue; see docs/extraction.md.
EXTRACTOR_VERSION = "rules.v40"

RECORD = Path(__file__).with_name("version.json")
PACKAGE_ROOT = Path(__file__).resolve().parents[2]   # the folder holding the ``multipolar`` package
ENTRY = "multipolar.extract.pipeline"
RULE_PACKAGES = ("multipolar.extract", "multipolar.resolve", "multipolar.domain")
ALL_DATA_PACKAGE = "multipolar.extract"               # every data file here counts; elsewhere, when named
NOT_RULES = frozenset({"multipolar.extract.version"})
_SKIP_SUFFIXES = (".py", ".pyc", ".pyo", "~", ".orig", ".rej", ".swp")


def _module_file(root: Path, module: str) -> Path | None:
    base = root.joinpath(*module.split("."))
    for p in (base.with_suffix(".py"), base / "__init__.py"):
        if p.is_file():
            return p
    return None


def _in_rules(module: str) -> bool:
    return module not in NOT_RULES and any(module == p or module.startswith(p + ".") for p in RULE_PACKAGES)


def _imports(module: str, path: Path, tree: ast.AST) -> Iterator[str]:
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1])
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            yield target
            yield from (f"{target}.{a.name}" for a in node.names)   # ``from . import events``


def rule_modules(root: Path = PACKAGE_ROOT) -> dict[str, Path]:
    """module → file for the extractor's code: the pipeline and what it imports within the rule packages."""
    seen: dict[str, Path] = {}
    todo = [ENTRY]
    while todo:
        mod = todo.pop()
        if mod in seen or not _in_rules(mod):
            continue
        path = _module_file(root, mod)
        if path is None:
            continue
        seen[mod] = path
        parts = mod.split(".")
        todo.extend(".".join(parts[:k]) for k in range(2, len(parts)))   # its packages' __init__
        todo.extend(_imports(mod, path, ast.parse(path.read_text(encoding="utf-8"))))
    return dict(sorted(seen.items()))


def _strings(paths: Iterator[Path]) -> set[str]:
    out: set[str] = set()
    for p in paths:
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.add(node.value)
    return out


def rule_data(root: Path = PACKAGE_ROOT, modules: Mapping[str, Path] | None = None) -> list[Path]:
    """The data files of the rule set (see the module docs)."""
    modules = modules if modules is not None else rule_modules(root)
    named = _strings(iter(modules.values()))
    out = []
    for pkg in RULE_PACKAGES:
        pdir = root.joinpath(*pkg.split("."))
        for p in sorted(pdir.rglob("*")):
            rel = p.relative_to(pdir)
            if (not p.is_file() or p == pdir / RECORD.name or p.name.endswith(_SKIP_SUFFIXES)
                    or any(part.startswith(".") or part == "__pycache__" for part in rel.parts)):
                continue
            if pkg == ALL_DATA_PACKAGE or any(s == p.name or s.endswith("/" + p.name) for s in named):
                out.append(p)
    return out


def rules_payload(root: Path = PACKAGE_ROOT) -> dict[str, dict[str, str]]:
    """What :func:`rules_fingerprint` hashes: code identity per module, sha256 per data file."""
    modules = rule_modules(root)
    code = {m: code_identity(p.read_text(encoding="utf-8")) for m, p in modules.items()}
    data = {}
    for p in rule_data(root, modules):
        raw = p.read_bytes().replace(b"\r\n", b"\n")   # the same file checked out on Windows
        data[p.relative_to(root).as_posix()] = hashlib.sha256(raw).hexdigest()
    return {"code": code, "data": data}


def rules_fingerprint(root: Path = PACKAGE_ROOT) -> str:
    """The fingerprint of the extraction rule set (16 hex digits)."""
    text = json.dumps(rules_payload(root), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def recorded(path: Path | None = None) -> dict[str, str]:
    """The record: version → fingerprint (``version.json`` unless ``path`` is given)."""
    path = path or RECORD
    if not path.exists():
        return {}
    return {str(k): str(v) for k, v in json.loads(path.read_text(encoding="utf-8")).items()}


def mismatch_message(version: str, was: str, now: str) -> str:
    return (f"the extraction rules changed since {version!r} was recorded (fingerprint {was} recorded, {now} "
            f"now): bump EXTRACTOR_VERSION in multipolar/extract/version.py (e.g. {_next(version)!r}) and run "
            f"`python -m multipolar.extract.version --record`. Do not re-record {version!r}: its load runs were "
            "made by the old rules.")


def _next(version: str) -> str:
    head, _, n = version.rpartition(".v")
    return f"{head}.v{int(n) + 1}" if head and n.isdigit() else version + ".next"


def record(version: str = EXTRACTOR_VERSION, path: Path | None = None, fingerprint: str | None = None) -> str:
    """Record the current fingerprint under ``version``. Returns 'added' or 'unchanged'; raises ValueError
    when ``version`` is recorded with another fingerprint."""
    path = path or RECORD
    fp = fingerprint or rules_fingerprint()
    rec = recorded(path)
    if version in rec:
        if rec[version] != fp:
            raise ValueError(mismatch_message(version, rec[version], fp))
        return "unchanged"
    rec[version] = fp
    path.write_text(json.dumps(rec, indent=2) + "\n", encoding="utf-8")
    return "added"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args not in ([], ["--record"]):
        print("usage: python -m multipolar.extract.version [--record]", file=sys.stderr)
        return 2
    fp = rules_fingerprint()
    if args == ["--record"]:
        try:
            state = record(EXTRACTOR_VERSION, fingerprint=fp)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"{EXTRACTOR_VERSION}\t{fp}\t{'recorded' if state == 'added' else 'already recorded'}")
        return 0
    was = recorded().get(EXTRACTOR_VERSION)
    state = "ok" if was == fp else ("not recorded" if was is None else f"RULES CHANGED (recorded {was})")
    print(f"{EXTRACTOR_VERSION}\t{fp}\t{state}")
    return 0 if state == "ok" else 1


if __name__ == "__main__":
    raise SystemExit(main())
