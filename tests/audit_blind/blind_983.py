"""BLIND_983 (46 products; Myntra kurta sets, base BLIP-2, per-piece colors): written blind in the fifty-eighth session.
Measured blind at b141514 (the session's third rules): 103/128 failures found (80.5%) and 13/178 correct texts flagged
(7.3%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic-wear feed: kurta sets and salwar suits (kurta with salwar, churidar or
patiala, plus a dupatta), and two "Salwar and Dupatta" listings where the model also wears a kurta that is not sold.
Catalog photos, mostly a model on a white or light grey backdrop, a few lifestyle shots (wooden door, pink wall,
potted plants, a chair); front views with the dupatta over a shoulder or held out, one side view and one twirl.

Who wrote what: every text comes from the untuned base Salesforce/blip2-opt-2.7b, zero-shot, no adapter. Captions
(50 tokens) and open answers (30 tokens) are greedy free generation; the per-piece color questions ("What is the
color of the kurta / salwar / churidar / dupatta?") are asked open. The closed questions (garment type, color of
the garment, pattern, sleeve length, "Is this a ...?") come from the reference engine, so they pick one candidate
and never loop or stop short. The base model answers short and mostly stops, so loops and cuts are rarer than from
the unmasked adapters; it does ramble on "describe" prompts and sometimes runs on into the next
"Question: ... Answer:" turn. Its habits: the kurta's color given to the salwar or dupatta, "dress"/"gown"/
"lehenga"/"saree" for a kurta set, "a man" or "he" for the model, invented jewelry, buttons, zari and silk.

Labeling conventions and judgement calls:
- An open per-piece color answer that gives the piece the color of another piece in the photo is
  other_garment_color; a wrong color that no piece has is contradiction. A wrong closed answer is always
  contradiction, even when the color it picked belongs to another piece (closed "color of the garment" = the
  seller's product; for the two "Salwar and Dupatta" listings that is the salwar, not the kurta worn with it).
- A mostly white kurta with small black motifs answered "black" (the churidar's color) is other_garment_color; a
  genuinely two-color piece answered with either of its colors is correct (a grey dupatta with pink border = grey).
- Shade words are correct within the seller's color group: maroon/burgundy = red, magenta/peach/coral = pink,
  mustard = yellow, rust = orange, cream/ivory/off-white = white, navy/teal/turquoise/indigo = blue, sea green,
  mint, lime and olive = green. A multicolored dupatta answered with one of its stripe colors is correct.
- Calling the kurta set a "dress", "gown", "lehenga" or "saree" contradicts the seller's category: contradiction.
  "Pants" or "leggings" for a salwar or churidar and "scarf" for a dupatta are correct.
- Jewelry, footwear, buttons, zippers, pockets, linings, sequins, mirror work or fabric that the photo does not show
  (or that the title contradicts, e.g. silk or velvet for a titled cotton kurta) are unsupported. Material is only
  asked where the title names the fabric; an answer that matches the title is correct.
- A text that runs into a new "Question: ... Answer:" turn is a leak even when its first words are right.
- A repetition that fills the token limit is a loop (hit_limit); a text that stops mid-phrase at the limit
  without repeating is a cut (hit_limit).
- A one-word, yes/no or bare-noun answer to an open question ("yes", "kurta", "gold" for the details) is
  non_answer; a sentence that only rephrases the question ("the kurta details are the details of the kurta") is
  restated.
- "a man"/"he"/"he's" for the women's products, in captions or answers, is pronoun; "she" is correct.
- A text gets one label, the kind the writer judged primary; a backdrop or prop named correctly is not a failure.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

Q = BLIND_QUESTIONS


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The per-piece color question, asked open (free generation) in this run."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_983 = [
    # photo: rani pink straight kurta with gold foil print at the yoke, white churidar, pink chiffon dupatta with a
    # gold foil border over one shoulder, gold juttis; white backdrop, front view. Base model, all texts.
    case(
        "X983-001",
        caption("a woman in a pink kurta and white churidar with a pink dupatta"),
        wearing("a pink kurta with white leggings"),
        piece("kurta", "pink"),
        piece("churidar", "pink", "other_garment_color"),
        piece("dupatta", "pink and gold"),
        Q.pattern("printed"),
        describe("dupatta", "the dupatta is made of pure silk with a zari border and heavy embroidery", "unsupported"),
        title="Biba Women Pink Foil Print Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue A-line kurta with small white block-printed floral buttas and a round neck, navy salwar with a
    # white printed hem, white mulmul dupatta with a navy border held in one hand; white backdrop, front view. Base.
    case(
        "X983-002",
        caption("a woman wearing a blue and white floral print salwar suit"),
        wearing("a blue salwar kameez"),
        piece("kurta", "blue"),
        piece("salwar", "white", "other_garment_color"),
        piece("dupatta", "white"),
        describe("kurta", "the kurta is made of silk and has a mandarin collar with gold buttons", "unsupported"),
        title="Anouk Women Navy Blue & White Block Print Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow kurta with a red-and-green bandhani print, green cotton salwar, red bandhani dupatta with
    # a gota lace border (no tassels, no mirrors), oxidised silver jhumkas; light grey backdrop, front view. Base.
    case(
        "X983-003",
        caption("a woman in a yellow and green salwar suit with a red dupatta"),
        wearing("he is wearing a yellow kurta with green pants and a red scarf", "pronoun"),
        piece("kurta", "yellow"),
        piece("salwar", "green"),
        piece("dupatta", "yellow", "other_garment_color"),
        Q.color("yellow"),
        details("kurta", "the kurta has a red and green print all over it"),
        details("dupatta", "the dupatta has mirror work and pom poms", "unsupported"),
        title="Jaipur Kurti Women Mustard Yellow & Green Bandhani Print Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white georgette kurta with white chikankari embroidery, off-white churidar, off-white net dupatta,
    # a beige potli bag in hand; pale pink wall as backdrop, front view. Base model.
    case(
        "X983-004",
        caption("a woman in a white dress standing in front of a pink wall", "contradiction"),
        wearing("a white kurta with white churidar and a white dupatta"),
        piece("kurta", "white"),
        piece("churidar", "white"),
        piece("dupatta", "white Question: Is this a kurta? Answer: yes", "leak"),
        Q.pattern("embroidered"),
        material("cotton", "unsupported"),
        title="Ada Women Off-White Chikankari Georgette Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: maroon velvet straight kurta with gold zari embroidery at the neckline, gold-beige salwar, maroon net
    # dupatta with a gold border over both shoulders; white backdrop, front view. Base model.
    case(
        "X983-005",
        caption("a woman wearing a maroon kurta with gold embroidery"),
        wearing(
            "she is wearing a maroon velvet kurta with gold embroidery on the neckline and a maroon net dupatta"
            " with a gold border draped over her",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "maroon"),
        piece("salwar", "maroon", "other_garment_color"),
        piece("dupatta", "red"),
        Q.garment_type("kurta set"),
        is_a("saree", "yes", "contradiction"),
        describe("dupatta", "a maroon dupatta with gold border"),
        title="Soch Women Maroon Embroidered Velvet Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal straight kurta with white thread embroidery around a round neck, no buttons, white cotton salwar,
    # white dupatta with a teal print; model with hands in the kurta's side pockets; white backdrop, front. Base.
    case(
        "X983-006",
        caption("a woman in a green kurta and white pants with her hands in her pockets"),
        wearing("he is wearing a green kurta and white pants", "pronoun"),
        piece("kurta", "teal"),
        piece("salwar", "white Question: What is the color of the dupatta? Answer: white", "leak"),
        piece("dupatta", "white and green"),
        details("kurta", "the kurta has a collar and buttons on the front", "unsupported"),
        title="W Women Teal Embroidered Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: peach anarkali kurta with silver gota patti at the flared hem, three-quarter sleeves, peach churidar,
    # peach organza dupatta with a silver border; white backdrop, side view mid-twirl. Base model.
    case(
        "X983-007",
        caption(
            "a woman in a peach anarkali dress with a peach dupatta and a peach dupatta and a peach dupatta and a"
            " peach dupatta and a peach dupatta and a peach dupatta and a peach",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "peach"),
        piece("churidar", "peach"),
        piece("dupatta", "pink"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.garment_type("dress", "contradiction"),
        describe("kurta", "a long peach anarkali with silver lace at the hem"),
        title="Indo Era Women Peach Gota Patti Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: the listing is a plain white cotton salwar and a white chiffon dupatta with a lace edge; the model wears
    # them with a black kurta with a white print (not sold); white backdrop, front view. Base model.
    case(
        "X983-008",
        caption("a woman in a black and white printed kurta and white pants"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("black", "contradiction"),
        piece("salwar", "white"),
        piece("dupatta", "white"),
        piece("kurta", "black and white"),
        describe("salwar", "white salwar with lace at the bottom and pockets", "unsupported"),
        title="Dupatta Bazaar Women White Solid Salwar with Dupatta",
        category="Salwar and Dupatta",
        color="White",
        gender="Women",
    ),
    # photo: royal blue kurta with a gold brocade yoke and three-quarter sleeves, side slits, royal blue churidar,
    # gold-and-blue brocade dupatta; beige backdrop with a wooden chair beside the model, front view. Base model.
    case(
        "X983-009",
        caption("a woman in a blue and gold salwar suit standing next to a wooden chair"),
        describe(
            "kurta",
            "the kurta is blue with a gold brocade yoke and three quarter sleeves, it has a straight hem with slits on"
            " the sides and it is worn with a",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "blue"),
        piece("churidar", "gold", "other_garment_color"),
        piece("dupatta", "gold"),
        title="Varanga Women Royal Blue Yoke Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: lime green cotton kurta with a white floral print and short sleeves, white salwar, lime green dupatta
    # with white polka dots; white backdrop, front view. Base model.
    case(
        "X983-010",
        caption("a woman wearing a green floral print kurta and white pants"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        describe("dupatta", "dupatta", "non_answer"),
        piece("kurta", "green"),
        piece("salwar", "white"),
        piece("dupatta", "green and white"),
        Q.sleeve_length("sleeveless", "contradiction"),
        material("silk", "unsupported"),
        title="Rain & Rainbow Women Lime Green Floral Printed Cotton Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: black cotton kurta with multicolored Kashmiri-style embroidery at the neckline, black churidar,
    # phulkari dupatta in orange, pink and green; white backdrop, front view. Base model.
    case(
        "X983-011",
        caption("a woman in a black salwar suit with a colorful dupatta"),
        wearing("a black kurta and a multicolored scarf"),
        piece("kurta", "black"),
        piece("churidar", "churidar", "non_answer"),
        piece("dupatta", "black", "other_garment_color"),
        Q.pattern("embroidered"),
        material("the kurta is made of velvet and the dupatta is made of silk", "unsupported"),
        title="Biba Women Black Embroidered Cotton Kurta with Churidar & Phulkari Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: grey kurta with pink thread work, pink churidar, grey dupatta with a pink border (no pom poms), a small
    # pink clutch in hand; white backdrop, front view. Base model.
    case(
        "X983-012",
        caption("a man in a grey kurta and pink pants holding a clutch", "pronoun"),
        wearing("a grey kurta with pink churidar"),
        piece("kurta", "grey"),
        piece("churidar", "pink"),
        piece("dupatta", "grey"),
        Q.color("pink", "contradiction"),
        describe("dupatta", "a grey and pink dupatta with pom poms on the edges", "unsupported"),
        title="Global Desi Women Grey & Pink Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: red cotton kurta with white leheriya (diagonal wave stripes), white salwar, red-and-white leheriya
    # dupatta; no bindi, no jewelry; white backdrop, front view. Base model.
    case(
        "X983-013",
        caption("a woman in a red and white striped kurta with white pants and a red bindi", "unsupported"),
        wearing("a red and white kurta Question: What is the color of the kurta? Answer: red", "leak"),
        piece("kurta", "red"),
        piece("salwar", "red", "other_garment_color"),
        piece("dupatta", "red and white"),
        Q.pattern("striped"),
        Q.garment_type("kurta set"),
        title="Sangria Women Red & White Leheriya Print Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: ikat-print kurta in indigo, rust and white with a mandarin collar, indigo salwar, rust cotton dupatta;
    # white backdrop, side view. The feed row has no color. Base model.
    case(
        "X983-014",
        caption("a woman in a blue and orange printed kurta"),
        wearing("he is wearing a blue and orange kurta", "pronoun"),
        piece("kurta", "blue and white"),
        piece("salwar", "blue Question: What is the color of the dupatta? Answer: orange", "leak"),
        piece("dupatta", "orange"),
        describe("kurta", "a blue ikat kurta with orange and white geometric print and a mandarin collar"),
        Q.garment_type("kurta set"),
        title="Fabindia Women Multicoloured Ikat Print Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: lavender georgette anarkali kurta with a silver sequin yoke, lavender churidar, lavender net dupatta;
    # light grey backdrop, front view. Base model.
    case(
        "X983-015",
        caption("a woman in a purple wedding gown", "contradiction"),
        wearing("a lavender anarkali suit"),
        piece("kurta", "purple"),
        piece("churidar", "purple"),
        piece("dupatta", "white", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        title="AURELIA Women Lavender Embellished Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: magenta silk kurta with gold zari buttas and full sleeves, gold churidar, magenta-and-gold banarasi
    # dupatta, gold jhumkas (no bangles, no necklace); white backdrop, front view. Base model.
    case(
        "X983-016",
        caption("a woman in a pink and gold salwar suit with gold earrings"),
        wearing(
            "a pink and gold suit with gold earrings and a gold bangle and a gold necklace and gold earrings and a"
            " gold bangle and a gold necklace and gold",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "pink"),
        piece("churidar", "gold"),
        piece("dupatta", "pink and gold"),
        details("kurta", "gold", "non_answer"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Vishudh Women Magenta Woven Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: sea green cotton kurta with white schiffli embroidery, white salwar, sea green dupatta; the model is
    # barefoot; white backdrop, front view. Base model.
    case(
        "X983-017",
        caption("a woman wearing a green kurta and white pants"),
        wearing("a green kurta with white pants and a pair of high heels", "unsupported"),
        piece("kurta", "green"),
        piece("salwar", "the salwar", "non_answer"),
        piece("dupatta", "green"),
        Q.pattern("striped", "contradiction"),
        title="Libas Women Sea Green Schiffli Embroidered Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: orange kurta with a pink floral block print, pink salwar, orange dupatta with a pink border; white
    # backdrop, front view. Base model.
    case(
        "X983-018",
        caption("a woman in an orange and pink floral print salwar suit"),
        describe(
            "kurta",
            "orange and pink floral print kurta with pink floral print kurta with pink floral print kurta with pink"
            " floral print kurta with pink",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "orange"),
        piece("salwar", "orange", "other_garment_color"),
        piece("dupatta", "orange"),
        Q.color("orange"),
        title="Jaipur Kurti Women Orange & Pink Floral Print Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: white kurta with blue floral embroidery, blue churidar, blue chiffon dupatta; white backdrop, front.
    # Base model.
    case(
        "X983-019",
        caption("a woman in a blue kurta with a blue scarf", "contradiction"),
        wearing("white", "non_answer"),
        piece("kurta", "white"),
        piece("churidar", "blue"),
        piece("dupatta", "blue"),
        Q.color("blue", "contradiction"),
        Q.pattern("embroidered"),
        describe("churidar", "it is a churidar", "non_answer"),
        title="W Women White & Blue Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: beige kurta with a brown block print, brown salwar, beige dupatta with brown tassels; lifestyle shot in
    # front of a carved wooden door, front view. Base model.
    case(
        "X983-020",
        caption("a woman in a beige kurta standing in front of a wooden door"),
        wearing("a man wearing a beige kurta and brown pants", "pronoun"),
        piece("kurta", "beige"),
        piece("salwar", "brown"),
        piece("dupatta", "brown", "other_garment_color"),
        details("dupatta", "the dupatta has brown tassels at the ends"),
        is_a("kurta", "yes"),
        title="Anubhutee Women Beige & Brown Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: long yellow kurta with white chikankari, white salwar mostly hidden under it, white dupatta; no
    # jewelry; white backdrop, front view. Base model.
    case(
        "X983-021",
        caption("a woman wearing a yellow kurta and a white dupatta"),
        wearing(
            "a yellow kurta with white salwar and a white dupatta with gold earrings and a gold necklace",
            "unsupported",
        ),
        piece("kurta", "yellow"),
        piece("salwar", "it is white"),
        piece("dupatta", "the dupatta is the color of the dupatta", "restated"),
        describe("kurta", "yellow", "non_answer"),
        title="Ada Women Yellow Chikankari Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: rust kurta with a mirror-work yoke (plain sleeves), cream salwar, rust dupatta with a mirror-work
    # border held out in both hands; white backdrop, front view. Base model.
    case(
        "X983-022",
        caption(
            "a woman wearing an orange kurta with mirror work and white pants and an orange dupatta with mirror work"
            " on it and she is holding the dupatta with her hands and she is",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "orange"),
        piece("salwar", "white"),
        piece("dupatta", "orange"),
        Q.pattern("embellished"),
        details("dupatta", "the dupatta has mirror work on the border"),
        describe(
            "kurta", "orange kurta with mirror work on the yoke and white embroidery on the sleeves", "unsupported"
        ),
        title="Ahalyaa Women Rust Mirror Work Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: pastel pink kurta with a white floral print, white churidar, white net dupatta; white backdrop, front.
    # Base model.
    case(
        "X983-023",
        caption("a woman in a pink floral kurta and white leggings"),
        piece("kurta", "pink Question: What is the color of the churidar? Answer: white", "leak"),
        piece("churidar", "white"),
        piece("dupatta", "pink", "other_garment_color"),
        wearing("she is wearing a pink kurta"),
        title="Juniper Women Pink Floral Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: the listing is a magenta patiala salwar and a magenta-and-orange bandhani dupatta; the model wears them
    # with a plain yellow kurta (not sold); white backdrop, front view. Base model.
    case(
        "X983-024",
        caption("a woman in a yellow kurta and pink patiala pants with a pink and orange dupatta"),
        piece("salwar", "pink"),
        piece("dupatta", "pink and orange"),
        Q.color("yellow", "contradiction"),
        Q.garment_type("salwar"),
        piece("kurta", "yellow"),
        describe("dupatta", "a pink dupatta Question: Describe the salwar. Answer: pink patiala", "leak"),
        title="Cotton Culture Women Magenta Patiala Salwar with Bandhani Dupatta",
        category="Salwar and Dupatta",
        color="Magenta",
        gender="Women",
    ),
    # photo: white cotton kurta with a small black geometric print, black churidar, black-and-white printed dupatta,
    # black juttis; white backdrop, front view. Base model.
    case(
        "X983-025",
        caption("a woman in a black and white printed kurta with black leggings"),
        piece("kurta", "black", "other_garment_color"),
        piece("churidar", "black"),
        piece(
            "dupatta",
            "the dupatta is black and white and the dupatta is black and white and the dupatta is black and white and"
            " the dupatta is",
            "loop",
            hit_limit=True,
        ),
        Q.color("white"),
        details("kurta", "the kurta has a black geometric print all over"),
        title="Shree Women White & Black Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: emerald green silk kurta with gold embroidery at the neck, full sleeves, gold churidar, green dupatta with
    # a gold border, a maang tikka; light grey backdrop, front view (back not visible). Base model.
    case(
        "X983-026",
        caption("a woman in a green and gold salwar suit with a maang tikka"),
        wearing("a green kurta with gold pants"),
        piece("kurta", "green"),
        piece("churidar", "green", "other_garment_color"),
        piece("dupatta", "green"),
        Q.sleeve_length("full sleeves"),
        describe(
            "churidar", "the churidar is gold and has a gold border and gold buttons at the ankles", "unsupported"
        ),
        details("kurta", "gold embroidery around the neck and sleeves and a gold zipper at the back", "unsupported"),
        title="Inddus Women Green Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue kurta with a multicolored floral print, navy salwar, solid pink chiffon dupatta; white
    # backdrop, front view. Base model.
    case(
        "X983-027",
        caption("a woman in a blue floral kurta and a pink scarf"),
        wearing("blue", "non_answer"),
        piece("kurta", "pink", "other_garment_color"),
        piece("salwar", "navy"),
        piece("dupatta", "pink"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        title="Nayo Women Navy Blue Floral Print Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mint green kurta with white lucknowi embroidery, white churidar, mint green dupatta; white backdrop,
    # front view. Base model.
    case(
        "X983-028",
        caption("a woman in a mint green kurta with white embroidery"),
        piece("kurta", "green"),
        piece("churidar", "white"),
        piece(
            "dupatta",
            "green green green green green green green green green green green green green green green green green"
            " green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "it is a kurta", "non_answer"),
        Q.color("white", "contradiction"),
        title="Kalini Women Mint Green Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: burgundy velvet kurta with gold gota work, cream churidar, cream net dupatta with burgundy embroidery;
    # light grey backdrop, front view. Base model.
    case(
        "X983-029",
        caption("a woman in a burgundy kurta with a cream dupatta"),
        wearing("he is wearing a red kurta with white leggings", "pronoun"),
        piece("kurta", "red"),
        piece("churidar", "red", "other_garment_color"),
        piece("dupatta", "white"),
        material("velvet"),
        title="Taavi Women Burgundy Gota Work Velvet Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: sky blue cotton kurta with white printed polka dots and a plain round neck, white salwar, sky blue
    # dupatta with white dots, sunglasses pushed up on her head; white backdrop, front view. Base model.
    case(
        "X983-030",
        caption("a woman wearing a blue polka dot kurta and white pants with sunglasses on her head"),
        wearing("he is wearing a blue kurta with white polka dots", "pronoun"),
        describe(
            "kurta", "a light blue silk kurta with white polka dots and gold embroidery on the neckline", "unsupported"
        ),
        piece("kurta", "blue"),
        piece("salwar", "white"),
        piece("dupatta", "it's the color of the dupatta", "restated"),
        Q.pattern("polka dot"),
        title="Biba Women Blue Polka Dot Printed Cotton Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: coral pink kurta with gold foil print, coral pink salwar, cream dupatta with a gold foil border; white
    # backdrop, front view. Base model.
    case(
        "X983-031",
        caption("a woman in a pink kurta and pink pants with a white dupatta"),
        details("salwar", "the salwar details are that it is a salwar", "restated"),
        piece("kurta", "pink"),
        piece("salwar", "pink"),
        piece("dupatta", "white Question: What is the color of the kurta? Answer: pink", "leak"),
        Q.garment_type("saree", "contradiction"),
        title="Sangria Women Coral Pink Foil Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: dark green kurta with a mustard floral print, mustard salwar, mustard dupatta with green tassels; studio
    # set with potted plants, front view. Base model.
    case(
        "X983-032",
        caption("a woman in a green and yellow floral salwar suit standing next to a plant"),
        wearing(
            "a green kurta with a yellow floral print and yellow pants and a yellow dupatta with green tassels and"
            " she is standing in front of a",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "green"),
        piece("salwar", "green", "other_garment_color"),
        piece("dupatta", "yellow"),
        Q.color("yellow", "contradiction"),
        details("dupatta", "the details of the dupatta are the dupatta details", "restated"),
        title="GERUA Women Green & Mustard Floral Print Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: black georgette anarkali kurta with a multicolored floral print and full sleeves, black churidar, black
    # chiffon dupatta; white backdrop, front view. Base model.
    case(
        "X983-033",
        caption("a woman in a black floral dress with a black scarf", "contradiction"),
        piece("kurta", "black"),
        piece("churidar", "black"),
        piece("dupatta", "black"),
        Q.sleeve_length("long sleeves"),
        is_a("kurta", "yes"),
        describe("kurta", "black", "non_answer"),
        title="Libas Women Black Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: ivory kurta with red thread embroidery at the neckline only, red churidar, red bandhani dupatta; white
    # backdrop, front view. Base model.
    case(
        "X983-034",
        caption("a woman in a white kurta and red pants with a red dupatta"),
        wearing("he's wearing a white kurta with red churidar", "pronoun"),
        piece("kurta", "red", "other_garment_color"),
        piece("churidar", "red"),
        piece("dupatta", "red"),
        Q.color("white"),
        details(
            "kurta",
            "the kurta has red embroidery on the neckline and sleeves with mirrors and sequins and a red lining",
            "unsupported",
        ),
        title="Vishudh Women Off-White & Red Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: mustard kurta with white floral embroidery at the yoke and no pockets, white churidar, white chiffon
    # dupatta held by one end; no jewelry; white backdrop, front view. Base model.
    case(
        "X983-035",
        caption("a woman in a yellow kurta holding a white dupatta"),
        wearing("a yellow kurta with white pants, a white dupatta, silver bangles and a nose ring", "unsupported"),
        piece("kurta", "mustard"),
        piece("churidar", "white"),
        piece("dupatta", "white"),
        details("kurta", "the kurta has white embroidery on the yoke and a pocket on the side", "unsupported"),
        title="Anouk Women Mustard Yellow Yoke Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: red kurta with gold woven motifs, gold churidar, red net dupatta with a gold gota border (no tassels),
    # red glass bangles; white backdrop, front view. Base model.
    case(
        "X983-036",
        caption("a woman in a red and gold lehenga with red bangles", "contradiction"),
        wearing("a red kurta with gold churidar and red bangles"),
        piece("kurta", "red"),
        piece("churidar", "gold"),
        piece("dupatta", "red"),
        Q.garment_type("lehenga", "contradiction"),
        describe(
            "dupatta",
            "red net dupatta with gold border, red net dupatta with gold border, red net dupatta with gold border,"
            " red net dupatta with gold",
            "loop",
            hit_limit=True,
        ),
        title="Soch Women Red Woven Design Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: turquoise blue kurta with a silver foil print, white salwar, turquoise dupatta; white backdrop, front.
    # Base model.
    case(
        "X983-037",
        caption("a woman wearing a turquoise kurta with white pants and a turquoise dupatta"),
        describe("dupatta", "the dupatta is the dupatta that she is wearing", "restated"),
        piece("kurta", "blue"),
        piece("salwar", "turquoise", "other_garment_color"),
        piece("dupatta", "turquoise"),
        details(
            "kurta",
            "silver print, silver print, silver print, silver print, silver print, silver print, silver print,"
            " silver print, silver print, silver",
            "loop",
            hit_limit=True,
        ),
        title="Rain & Rainbow Women Turquoise Blue Foil Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: peach kurta with a green floral print and a plain hem, green churidar, peach chiffon dupatta; the model
    # has a long braid over one shoulder; white backdrop, front view. Base model.
    case(
        "X983-038",
        caption("a woman with a long braid in a peach floral kurta and green pants"),
        piece("kurta", "peach"),
        piece("churidar", "peach", "other_garment_color"),
        piece("dupatta", "green", "other_garment_color"),
        describe("kurta", "a peach kurta with green flowers and a green lace border at the hem", "unsupported"),
        Q.pattern("floral"),
        title="Jaipur Kurti Women Peach & Green Floral Print Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: indigo kurta with a white dabu print, round neck and three-quarter sleeves, white salwar, indigo dupatta
    # with a white print; hair covers her ears; white backdrop, front view. The feed row has no category. Base model.
    case(
        "X983-039",
        caption("a woman in a blue and white printed kurta"),
        wearing("a blue kurta and a white salwar with a blue dupatta and a pair of blue earrings", "unsupported"),
        describe(
            "kurta",
            "the kurta is a blue and white printed kurta with a round neck and three quarter sleeves and the salwar"
            " is white and the",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "blue"),
        piece("salwar", "blue", "other_garment_color"),
        piece("dupatta", "blue and white"),
        material("cotton"),
        title="Fabindia Women Indigo Dabu Print Cotton Kurta with Salwar & Dupatta",
        color="Blue",
        gender="Women",
    ),
    # photo: baby pink kurta with white chikankari, baby pink churidar, white chiffon dupatta; white backdrop, front.
    # Base model.
    case(
        "X983-040",
        caption("a woman in a pink kurta with white embroidery"),
        wearing("yes", "non_answer"),
        piece("kurta", "pink"),
        piece("churidar", "pink"),
        piece("dupatta", "white Question: Describe the dupatta. Answer: a white dupatta", "leak"),
        details("kurta", "the kurta has details", "restated"),
        title="Ada Women Pink Chikankari Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green kurta with rust embroidery and three-quarter sleeves, rust salwar, olive dupatta with a rust
    # border; white backdrop, three-quarter side pose. Base model.
    case(
        "X983-041",
        caption("a woman in a green kurta and orange pants"),
        wearing("she is wearing an olive kurta with rust salwar and an olive dupatta"),
        piece("kurta", "olive"),
        piece("salwar", "olive", "other_garment_color"),
        piece("dupatta", "green"),
        Q.color("orange", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        title="W Women Olive Green Embroidered Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: purple kurta with silver mukaish work, purple churidar, silver-grey organza dupatta with silver dots and
    # a silver border over the left shoulder; light grey backdrop, front view. Base model.
    case(
        "X983-042",
        caption("a man in a purple kurta and purple pants", "pronoun"),
        piece("kurta", "purple"),
        piece("churidar", "purple"),
        piece("dupatta", "purple", "other_garment_color"),
        describe(
            "dupatta",
            "a silver dupatta with a silver border and silver dots all over it and it is draped over her left"
            " shoulder and the other end is",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey", "contradiction"),
        title="AURELIA Women Purple Embellished Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: cream cotton kurta with a multicolored thread-embroidered yoke, cream salwar, dupatta striped pink,
    # yellow and green; white backdrop, front view. Base model.
    case(
        "X983-043",
        caption("a man in a white kurta with a colorful striped scarf", "pronoun"),
        piece("kurta", "white"),
        piece("salwar", "white"),
        piece("dupatta", "pink"),
        material("silk", "unsupported"),
        Q.pattern("striped", "contradiction"),
        details("kurta", "the kurta", "non_answer"),
        title="Anubhutee Women Cream Embroidered Cotton Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: hot pink kurta with orange gota borders at the hem and sleeves, orange churidar, orange-and-pink
    # leheriya dupatta; the photo is cropped at the ankles (no feet); white backdrop, front view. Base model.
    case(
        "X983-044",
        caption("a woman in a pink kurta with orange pants and an orange dupatta"),
        piece("kurta", "orange", "other_garment_color"),
        piece("churidar", "orange"),
        piece("dupatta", "pink and orange"),
        describe("churidar", "the churidar is a churidar", "restated"),
        wearing("a pink kurta with orange churidar and mojari shoes with pearls", "unsupported"),
        title="Kalini Women Pink & Orange Gota Patti Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: white kurta with a yellow floral print, yellow salwar, white dupatta with a yellow print; white backdrop,
    # front view. The feed row has no gender. Base model.
    case(
        "X983-045",
        caption("a woman wearing a white kurta with yellow flowers and yellow pants"),
        piece("kurta", "yellow", "other_garment_color"),
        piece("salwar", "yellow"),
        piece("dupatta", "white"),
        Q.color("yellow", "contradiction"),
        Q.garment_type("kurta set"),
        is_a("dress", "yes", "contradiction"),
        title="Nayo Women White & Yellow Floral Print Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # photo: steel grey kurta with pink floral embroidery on the front only (no sequins), pink salwar, pink dupatta,
    # a wristwatch; white backdrop, front view. Base model.
    case(
        "X983-046",
        caption("a woman in a grey kurta and pink pants wearing a watch"),
        wearing("she is wearing a pink and grey suit Question: What is the color of the kurta? Answer: grey", "leak"),
        piece("kurta", "grey"),
        piece("salwar", "grey", "other_garment_color"),
        piece("dupatta", "pink"),
        details("kurta", "pink flowers embroidered on the front and sleeves with sequins and a lining", "unsupported"),
        title="Global Desi Women Grey & Pink Embroidered Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
]
