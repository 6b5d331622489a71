"""BLIND_1254 (45 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-second session.
Measured blind at 59066e5 (the session's fifth rules): 45/71 failures found (63.4%) and 33/252 correct texts flagged
(13.1%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed (Kurtas, Kurta Sets, Sherwani, Nehru Jackets), one catalog photo per
product: mostly a model on a plain studio backdrop wearing the product with the rest of the outfit (white or cream
pyjamas and churidars, a kurta under every Nehru jacket, now and then a stole, shawl, turban, garland, diya or
sunglasses), two flat lays, two back views, a headless crop or two. The feed's columns are kept as Myntra exports them:
title, category (the article type), color (the base colour), gender ("Men"); a few rows lack one of them.
Who wrote what: every caption is the untuned base model, Salesforce/blip2-opt-2.7b, unprompted, greedy, 50 new
tokens. The open answers (wearing, description, details, material) are the same base model generating freely from
"Question: ... Answer:", greedy, 30 new tokens, stopped on the newline; it mostly stops, so loops and cuts are rare
and prompt leaks are the base model carrying on the Question/Answer pattern on the same line. The closed answers
(garment type, color, pattern, sleeve length, and the pyjamas color the job adds for kurta sets) come from enrich's
reference engine ranking its candidate answers with the same base model; an answer it could not map is kept raw.
No adapter anywhere in this set. Fewer texts are wrong than with the adapters (about one in five): the ranked
closed answers are mostly right on plain backdrops, and the failures gather in layered outfits, props and the
open details answers.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. Near hues count as
right (cream or off white as "white", maroon as "red", mustard as "yellow", teal as "blue", peach and magenta as
"pink", lavender as "purple"); navy as "black" and maroon as "brown" do not. A Nehru jacket called a "vest" or a
"jacket" is right; a kurta called a "shirt" or a "dress", a sherwani called a "suit", or an accessory given as the
garment type is a contradiction. The garment worn under or with the product (the kurta under a Nehru jacket, a
styling jacket over a kurta) may be named in the caption and the wearing answer without a mark, but when a color
answer gives the product that garment's color it is other_garment_color, and when a sleeve or pattern answer
describes that garment instead it is a contradiction. The pyjamas given the kurta's color is other_garment_color.
In a kurta set sold with a jacket, the jacket's color for the garment is not marked (the product includes it).
A bare garment name, "no" or nothing at all to the details question is a non_answer; a bare true color is kept as
an answer. A material the title contradicts is a contradiction; one the photo gives no ground for (plain cotton
for a shiny brocade, velvet for matte suiting) is unsupported. Subtle self-design weaves called "solid" are not
marked; visible embroidery or a visible woven motif called "solid" is. A prop or accessory given as a garment
detail is a contradiction when it is worn (necklace, shawl) and unsupported when it is held (garland, diya).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of


def pyjamas(text: str, failure: str | None = None):
    return color_of("pyjamas", text, failure)


BLIND_1254 = [
    # Photo: model on a grey backdrop in a maroon solid straight kurta, full sleeves, mandarin collar, white churidar.
    # Caption and open answers: base BLIP-2 zero-shot; closed answers: reference engine. All right.
    case(
        "X1254-001",
        caption("a man in a maroon kurta and white pants standing in front of a grey wall"),
        Q.wearing("a maroon kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("it has a mandarin collar and buttons"),
        Q.material("cotton"),
        gender="Men",
        title="Anouk Men Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: off-white chikankari kurta, tone-on-tone embroidery all over the front, white pyjamas, beige backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine. The pattern ranking missed the embroidery.
    case(
        "X1254-002",
        caption("a man in a white kurta and white pants"),
        Q.wearing("a white kurta"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.details("white embroidery"),
        Q.material("cotton"),
        gender="Men",
        title="Men Off White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: navy blue solid kurta, white pyjamas, white backdrop. Base zero-shot captions and answers call the navy
    # black throughout; the closed color follows. Reference engine for closed answers.
    case(
        "X1254-003",
        caption("a man in a black kurta and white pants", "contradiction"),
        Q.wearing("a black kurta and white pants", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("it has a mandarin collar"),
        gender="Men",
        title="Manyavar Men Navy Blue Solid Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: mustard yellow kurta with white pyjamas, grey backdrop. Base zero-shot open answers; the details answer
    # gives both garments the kurta's yellow, and the reference engine's pyjamas color does the same.
    case(
        "X1254-004",
        caption("a man in a yellow kurta and white pants"),
        Q.wearing("a yellow kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        pyjamas("yellow", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.details("the kurta is yellow and the pants are yellow", "other_garment_color"),
        gender="Men",
        title="VASTRAMAY Men Mustard Yellow & White Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: black jacquard Nehru jacket (tone-on-tone paisley motif, visible under the light) over a white kurta and
    # white churidar, maroon pocket square. Base zero-shot caption/open; reference engine closed answers, which read
    # the white kurta for color and sleeves. Material: the jacket is shiny jacquard, "cotton" has no ground.
    case(
        "X1254-005",
        caption("a man in a black vest and white kurta"),
        Q.wearing("a black vest and white kurta"),
        Q.garment_type("vest"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.details("it has a mandarin collar and a pocket square"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Black Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: cream brocade sherwani with gold embroidery, cream churidar, maroon stole over one shoulder, mojaris.
    # Base zero-shot caption/open; reference engine closed. The brocade is plainly shiny; "cotton" is a guess.
    case(
        "X1254-006",
        caption("a man in a white sherwani with gold embroidery"),
        Q.wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.description("a white sherwani with gold embroidery and a red stole"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: flat lay on white of a green kurta with a small white floral print, short band collar, full sleeves.
    # No gender column in this row. Base zero-shot calls the kurta a shirt; reference engine ranks "kurta".
    case(
        "X1254-007",
        caption("a green shirt with white flowers on it", "contradiction"),
        Q.wearing("a green and white shirt", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        title="KISAH Men Green & White Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: back view of a man (short hair, face not shown) in a white knee-length kurta and white pyjamas.
    # Base zero-shot caption/open: a woman in a dress; the details answer came back empty (stopped at once).
    # Reference engine closed answers, all right.
    case(
        "X1254-008",
        caption("the back of a woman in a white dress", "pronoun"),
        Q.wearing("a white dress", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("white"),
        pyjamas("white"),
        Q.sleeve_length("long sleeves"),
        Q.details("", "non_answer"),
        gender="Men",
        title="Jompers Men White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: teal solid kurta styled with a beige printed Nehru jacket (not sold with it), white churidar.
    # Base zero-shot caption/open are right; the reference engine picked the jacket for type, color and pattern.
    case(
        "X1254-009",
        caption("a man in a beige vest and a blue kurta"),
        Q.wearing("a vest and a kurta"),
        Q.garment_type("vest", "contradiction"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("printed", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.details("buttons on the front"),
        gender="Men",
        title="Sojanya Men Teal Solid Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: maroon self-design sherwani (faint tonal weave), gold buttons, off-white churidar, hands folded.
    # Base zero-shot caption/open; the details answer looped to the limit. Reference engine closed answers.
    case(
        "X1254-010",
        caption("a man in a red sherwani standing in front of a white wall"),
        Q.wearing("a red sherwani"),
        Q.garment_type("sherwani"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.description("the sherwani is red with gold buttons and a high collar"),
        Q.details(
            "gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, gold buttons, "
            "gold buttons, gold buttons, gold buttons,",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Manyavar Men Maroon Self Design Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: pink solid kurta, white pyjamas, model seated on a wooden stool; no chest pocket on the kurta.
    # Base zero-shot caption/open (details invents a pocket); reference engine closed (pyjamas given the pink).
    case(
        "X1254-011",
        caption("a man in a pink kurta sitting on a stool"),
        Q.wearing("a pink kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        pyjamas("pink", "other_garment_color"),
        Q.details("it has a pocket on the chest", "unsupported"),
        gender="Men",
        title="Sanwara Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: short white kurta with thin blue stripes, worn with blue jeans, sleeves rolled to the elbow.
    # Base zero-shot caption calls it a shirt; reference engine ranks "shirt" and three-quarter sleeves.
    # "blue" for a white kurta with blue stripes is left unmarked.
    case(
        "X1254-012",
        caption("a man in a blue and white striped shirt and jeans", "contradiction"),
        Q.wearing("a blue and white kurta and jeans"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        Q.details("the sleeves are rolled up"),
        gender="Men",
        title="Anouk Men White & Blue Striped Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: navy blue solid Nehru jacket with black buttons, no pocket square, over a white kurta, beige trousers.
    # Base zero-shot caption/open (the description invents gold buttons and a pocket square); closed: ref. engine.
    case(
        "X1254-013",
        caption("a man in a blue vest and white shirt"),
        Q.wearing("a blue vest and white shirt"),
        Q.garment_type("vest"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("a blue vest with gold buttons and a red pocket square", "unsupported"),
        gender="Men",
        title="Ethnix by Raymond Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: headless crop, mustard yellow kurta with a small block print, full sleeves. No gender column.
    # Base zero-shot caption reads a woman; reference engine picked three-quarter sleeves.
    case(
        "X1254-014",
        caption("a woman wearing a yellow printed kurta", "pronoun"),
        Q.wearing("a yellow kurta"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        Q.details("yellow"),
        title="Hangup Men Mustard Yellow Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: groom look: off-white sherwani with gold embroidery, pink safa (turban) and pink dupatta, white churidar.
    # Base zero-shot caption/open (the description ran to the limit); reference engine gave the turban's pink.
    case(
        "X1254-015",
        caption("a man in a white sherwani and a pink turban"),
        Q.wearing("a sherwani and a turban"),
        Q.garment_type("sherwani"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.description(
            "a white sherwani with gold embroidery on the collar and the cuffs and the front of the sherwani and "
            "the sleeves of the sherwani and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Off-White Embroidered Sherwani with Churidar & Dupatta",
        category="Sherwani",
        color="Off White",
    ),
    # Photo: all-black kurta and black pyjamas, grey backdrop. Both garments really are black. All right.
    case(
        "X1254-016",
        caption("a man in a black kurta and black pants"),
        Q.wearing("a black kurta and black pants"),
        Q.garment_type("kurta"),
        Q.color("black"),
        pyjamas("black"),
        Q.sleeve_length("long sleeves"),
        Q.details("black"),
        gender="Men",
        title="Jompers Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: three-piece set: cream kurta, cream pyjamas, maroon Nehru jacket with gold buttons over them.
    # Base zero-shot caption/open; reference engine closed. The garment color "maroon" is the set's jacket: unmarked;
    # the pyjamas given the jacket's maroon: marked.
    case(
        "X1254-017",
        caption("a man in a maroon vest and white kurta"),
        Q.wearing("a maroon vest and white pants"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        pyjamas("maroon", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.details("a maroon vest with gold buttons"),
        gender="Men",
        title="VASTRAMAY Men Cream Kurta with Pyjamas & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: lavender slim kurta with side pockets, hands in the pockets, white churidar. All right.
    case(
        "X1254-018",
        caption("a man in a purple kurta with his hands in his pockets"),
        Q.wearing("a purple kurta"),
        Q.garment_type("kurta"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("it has pockets"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Lavender Cotton Slim Fit Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: navy blue sherwani, closed high collar, copper buttons, standing beside an armchair (prop).
    # Base zero-shot calls it a suit and invents a white shirt under it; reference engine closed answers right.
    case(
        "X1254-019",
        caption("a man in a blue suit standing next to a chair", "contradiction"),
        Q.wearing("a suit", "contradiction"),
        Q.garment_type("sherwani"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.description("a blue suit with a white shirt", "unsupported"),
        gender="Men",
        title="Manu Men Navy Blue Woven Design Sherwani",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Photo: beige kurta with thin embroidery along the placket, white pyjamas. Base zero-shot caption gives the
    # pyjamas the kurta's beige; the details answer carries on the prompt pattern. Reference engine closed, right.
    case(
        "X1254-020",
        caption("a man in a beige kurta and beige pants", "other_garment_color"),
        Q.wearing("a kurta and pajamas"),
        Q.garment_type("kurta"),
        Q.color("beige"),
        pyjamas("white"),
        Q.pattern("embroidered"),
        Q.details("embroidery on the collar Question: what is the color of the kurta? Answer: beige", "leak"),
        Q.material("cotton"),
        gender="Men",
        title="Sojanya Men Beige Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Beige",
    ),
    # Photo: mustard jacquard Nehru jacket with floral motifs, over a black kurta and black churidar.
    # Base zero-shot caption/open ("black shirt" is the kurta under it: unmarked); reference engine gave black.
    case(
        "X1254-021",
        caption("a man wearing a yellow vest and black pants"),
        Q.wearing("a yellow vest and black shirt"),
        Q.garment_type("vest"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.details("it has a floral pattern and a mandarin collar"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Mustard Yellow Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: rust orange asymmetric-hem kurta, white pyjamas, walking pose on a plain white studio backdrop.
    # Base zero-shot caption invents a street; the details answer loops to the limit. Ref. engine closed, right.
    case(
        "X1254-022",
        caption("a man in an orange kurta walking down the street", "unsupported"),
        Q.wearing("an orange kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("orange"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details(
            "it has a long sleeve and a long sleeve and a long sleeve and a long sleeve and a long sleeve and a "
            "long sleeve and a long sleeve and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Tabard Men Rust Orange Solid Asymmetric Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: green silk-blend kurta with gold buttons, cream churidar. Base zero-shot says cotton against the
    # title's silk blend; reference engine gives the churidar the kurta's green.
    case(
        "X1254-023",
        caption("a man in a green kurta and white pants"),
        Q.wearing("a green kurta"),
        Q.garment_type("kurta"),
        Q.color("green"),
        pyjamas("green", "other_garment_color"),
        Q.description("a green kurta with gold buttons"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Manyavar Men Green Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: flat lay on a wooden table: a white kurta folded over white pyjamas. No category column in this row.
    # Base zero-shot calls it a shirt and answers "nothing" (no person); reference engine ranks "shirt".
    case(
        "X1254-024",
        caption("a white shirt and white pants on a wooden table", "contradiction"),
        Q.wearing("nothing", "non_answer"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        pyjamas("white"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Fabindia Men White Cotton Kurta Pyjama Set",
        color="White",
    ),
    # Photo: black kurta with white thread embroidery on the yoke only (plain sleeves), white pyjamas.
    # Base zero-shot description puts embroidery on the sleeves too. Reference engine closed, right.
    case(
        "X1254-025",
        caption("a man in a black kurta with white embroidery"),
        Q.wearing("a black kurta"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("embroidered"),
        Q.description("a black kurta with white embroidery on the front and sleeves", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="KISAH Men Black Embroidered Thread Work Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: gold-toned embroidered sherwani, white churidar, no stole. Base zero-shot; the details answer ran to the
    # limit and stopped mid-phrase. Reference engine closed, right ("gold" kept raw).
    case(
        "X1254-026",
        caption("a man in a gold sherwani"),
        Q.wearing("a gold sherwani"),
        Q.garment_type("sherwani"),
        Q.color("gold"),
        Q.pattern("embroidered"),
        Q.description("a gold sherwani with a white pants"),
        Q.details(
            "the sherwani has a high neck collar, a button placket, a pocket on the chest, and long sleeves with "
            "buttons on the cuffs and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Manyavar Men Gold-Toned Embroidered Sherwani",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: peach kurta with mirror work down the placket, white pyjamas. No gender column. Base zero-shot; the
    # details answer carries on into another Question/Answer. Reference engine closed, right.
    case(
        "X1254-027",
        caption("a man in a pink kurta"),
        Q.wearing("a pink kurta"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.details("sequins on the front Question: what is the color of the kurta? Answer: pink", "leak"),
        title="Sanwara Men Peach-Coloured Mirror Work Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: blue solid kurta with a grey wool shawl draped over the left shoulder, white churidar.
    # Base zero-shot gives the shawl as the detail; reference engine gives the shawl's grey.
    case(
        "X1254-028",
        caption("a man in a blue kurta with a grey shawl"),
        Q.wearing("a blue kurta and a grey scarf"),
        Q.garment_type("kurta"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("a grey shawl", "contradiction"),
        gender="Men",
        title="Ethnix by Raymond Men Blue Solid Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: white Nehru jacket with a blue floral print over a sky blue kurta. Base zero-shot caption/open right;
    # reference engine took the kurta's blue and its long sleeves.
    case(
        "X1254-029",
        caption("a man in a white vest with blue flowers and a blue shirt"),
        Q.wearing("a vest"),
        Q.garment_type("jacket"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("the vest is white with blue flowers"),
        gender="Men",
        title="Hangup Men White & Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="White",
    ),
    # Photo: plain yellow kurta, white pyjamas, holding a marigold garland (prop). The garland's flowers turn up
    # as the kurta's pattern (reference engine) and detail (base zero-shot).
    case(
        "X1254-030",
        caption("a man in a yellow kurta holding a garland of flowers"),
        Q.wearing("a yellow kurta"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("floral", "contradiction"),
        Q.details("yellow flowers", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Jompers Men Yellow Solid Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: blue self-design kurta (faint weave), white pyjamas, seated on a grey sofa. Base zero-shot; the
    # description answer says nothing but the question. Reference engine closed, right.
    case(
        "X1254-031",
        caption("a man in a blue kurta sitting on a couch"),
        Q.wearing("a blue kurta and white pajamas"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        pyjamas("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a description of the garment", "restated"),
        gender="Men",
        title="Manyavar Men Blue Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: flat lay on white of an olive green matte Nehru jacket, chest welt pocket and two lower pockets.
    # Base zero-shot says wool with nothing to show it; reference engine closed, right.
    case(
        "X1254-032",
        caption("a green vest on a white background"),
        Q.wearing("a green vest"),
        Q.garment_type("vest"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.details("it has a pocket on the left side and two pockets on the bottom"),
        Q.material("wool", "unsupported"),
        gender="Men",
        title="Manyavar Men Olive Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
    ),
    # Photo: back view of a white kurta showing the yoke seam, white pyjamas. Base zero-shot caption says shirt,
    # details answers "no". Reference engine closed, right.
    case(
        "X1254-033",
        caption("the back of a man in a white shirt", "contradiction"),
        Q.wearing("a white kurta"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.sleeve_length("long sleeves"),
        Q.details("no", "non_answer"),
        gender="Men",
        title="See Designs Men White Solid Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: black matte sherwani with silver embroidery on the collar and cuffs, white churidar, grey backdrop.
    # Base zero-shot says velvet for a matte suiting fabric; reference engine closed, right.
    case(
        "X1254-034",
        caption("a man in a black sherwani and white pants"),
        Q.wearing("a black sherwani"),
        Q.garment_type("sherwani"),
        Q.color("black"),
        Q.pattern("embroidered"),
        Q.description("a black sherwani with silver embroidery on the collar and cuffs"),
        Q.material("velvet", "unsupported"),
        gender="Men",
        title="Manyavar Men Black Embroidered Sherwani Set",
        category="Sherwani",
        color="Black",
    ),
    # Photo: grey melange short-sleeved kurta, beige chinos, sunglasses. Base zero-shot; details only names the
    # garment. Reference engine closed, right.
    case(
        "X1254-035",
        caption("a man in a grey kurta and sunglasses"),
        Q.wearing("a grey kurta and sunglasses"),
        Q.garment_type("kurta"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        Q.details("it is a kurta", "non_answer"),
        gender="Men",
        title="Even Men Grey Melange Solid Short Sleeves Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: headless crop of a navy blue kurta with a white paisley print, white pyjamas. Base zero-shot wearing
    # answer says "she"; the rest right (navy with a white print read as blue here). Reference engine closed.
    case(
        "X1254-036",
        caption("a blue and white printed kurta and white pants"),
        Q.wearing("she is wearing a blue kurta and white pants", "pronoun"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        pyjamas("white"),
        Q.pattern("printed"),
        Q.details("the kurta has a paisley print"),
        gender="Men",
        title="Sojanya Men Navy Blue Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: short cream linen kurta, no pockets, khaki trousers, sleeves rolled. Base zero-shot caption says shirt,
    # details invents a chest pocket. Reference engine closed, right.
    case(
        "X1254-037",
        caption("a man in a white shirt and khaki pants", "contradiction"),
        Q.wearing("a white kurta and khaki pants"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("the kurta has a pocket on the chest", "unsupported"),
        Q.material("linen"),
        gender="Men",
        title="Fabindia Men Cream-Coloured Linen Kurta",
        category="Kurtas",
        color="Cream",
    ),
    # Photo: peach sherwani densely embroidered in tonal thread and pearls, pearl mala around the neck.
    # Reference engine missed the embroidery; base zero-shot gave the necklace as the garment's detail.
    case(
        "X1254-038",
        caption("a man in a peach sherwani and a pearl necklace"),
        Q.wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("pink"),
        Q.pattern("solid", "contradiction"),
        Q.description("a pink sherwani with a pearl necklace"),
        Q.details("the sherwani has a pearl necklace", "contradiction"),
        gender="Men",
        title="Manyavar Men Peach-Coloured Embroidered Sherwani",
        category="Sherwani",
        color="Peach",
    ),
    # Photo: indigo kurta with a white block print, white pyjamas. All right.
    case(
        "X1254-039",
        caption("a man in a blue kurta with white print"),
        Q.wearing("a blue kurta"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        Q.description("a blue kurta with white flowers"),
        Q.details("white print on blue"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Indigo Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: maroon velvet Nehru jacket over a white kurta. Reference engine ranked "brown"; base zero-shot says
    # cotton against the title's velvet, and the details answer carries on the Question/Answer pattern.
    case(
        "X1254-040",
        caption("a man in a red vest and white shirt"),
        Q.wearing("a red vest"),
        Q.garment_type("vest"),
        Q.color("brown", "contradiction"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.details(
            "it has a button down front and a pocket Question: what is the material of the vest? Answer: velvet",
            "leak",
        ),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Manyavar Men Maroon Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # Photo: white kurta and white pyjamas with a multicoloured printed stole around the neck. No color column.
    # Reference engine ranked the stole ("scarf") as the garment type; the rest right.
    case(
        "X1254-041",
        caption("a man in a white kurta with a colorful scarf"),
        Q.wearing("a white kurta and a scarf"),
        Q.garment_type("scarf", "contradiction"),
        Q.color("white"),
        pyjamas("white"),
        Q.description("a white kurta with a multicolored scarf around the neck"),
        gender="Men",
        title="Jompers Men White Kurta with Pyjamas",
        category="Kurta Sets",
    ),
    # Photo: sea green chikankari kurta, white pyjamas. Base zero-shot description only restates the question.
    case(
        "X1254-042",
        caption("a man wearing a green kurta"),
        Q.wearing("a green kurta"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.description("the garment is a garment", "restated"),
        Q.details("the details of the garment are the embroidery"),
        gender="Men",
        title="House of Pataudi Men Sea Green Embroidered Chikankari Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: three-piece set: blue kurta, white pyjamas, beige printed Nehru jacket. Reference engine gives the
    # pyjamas the kurta's blue; base zero-shot answers right.
    case(
        "X1254-043",
        caption("a man in a blue kurta and a beige vest"),
        Q.wearing("a kurta and a vest"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        pyjamas("blue", "other_garment_color"),
        Q.details("the vest has a print"),
        Q.material("cotton"),
        gender="Men",
        title="Sojanya Men Blue Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: magenta solid kurta, white churidar, holding a lit diya in both hands (Diwali shoot).
    # Base zero-shot gives the diya ("a candle") as the garment's detail. Purple and pink both pass for magenta.
    case(
        "X1254-044",
        caption("a man in a purple kurta holding a candle"),
        Q.wearing("the person is wearing a purple kurta"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.details("a candle", "unsupported"),
        gender="Men",
        title="Anouk Men Magenta Solid Straight Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Photo: off-white angrakha kurta (overlap front, side tie), white pyjamas, white wall. All right.
    case(
        "X1254-045",
        caption("a man in a white kurta and white pants standing in front of a white wall"),
        Q.wearing("a white kurta"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("the kurta has a wrap around design with a tie on the side"),
        Q.material("cotton"),
        gender="Men",
        title="Tabard Men Off White Solid Angrakha Kurta",
        category="Kurtas",
        color="Off White",
    ),
]
