"""BLIND_160 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic wear, with is_a and
color_of questions): written blind in the twenty-second session. Measured blind at 9c2fbe6: 117/140 failures found
(83.6%) and 10/146 correct texts flagged (6.8%). The writer's notes, verbatim:

Blind corpus 160: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's ethnic wear.

Scenario: the original experiments' untuned base model and their fine-tuned LoRA adapters re-run on 44 marketplace
products of women's ethnic wear (kurtas, kurtis, kurta sets, sarees, lehenga cholis, anarkali gowns, palazzos,
dupattas), photographed on models, on mannequins and as flat packshots. Each product was asked enrich's default
questionnaire (DEFAULT_QUESTIONS, often only part of it) plus a few is_a and color_of questions, and carries the
seller's columns from the marketplace (gender, article type as category, base colour as color, title); a few
products lack a column.

Which system wrote which text (named again in the comment above each case):
- base: Salesforce/blip2-opt-2.7b untuned. Short answers that stop; its failures are one color given to every
  garment, a man's pronoun for a woman, invented details, empty or restating answers, wrong closed picks.
- cap1 / cap3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
  leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3). They return the DeepFashion-MultiModal template ("The upper
  clothing has long sleeves, cotton fabric and floral patterns. ...") for every prompt, never name a hue, never stop:
  cut at the limit or looping.
- vqa: leoreigoto/Data3_V3_BLIP2_VQA. In-shop garment words (dress, blouse, skirt), no end token: loops, runs on
  into new "Question: ... Answer:" pairs.
- Closed questions (garment_type, color, pattern, sleeve_length, is_a, closed color_of) are answered by the
  reference engine ranking candidates; its pick is the text, raw generated text kept when nothing maps.

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the
Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). No audit code, no other corpus, no docs;
the photos are imagined and described in the comment above each case, and every label is judged against that photo.

Label conventions and judgement calls:
- One label per text, the main fault: a text that repeats itself to the limit is a loop, not a cut; a text that runs
  on into "Question:"/"Answer:" is a leak even when it also loops or is cut; a text that names the wrong gender is a
  pronoun failure even when it was also cut at the limit.
- cut: stopped mid-phrase; hit_limit=True when the 30-token (answers) or 50-token (captions) limit stopped it. One
  base answer stopped before the limit (hit_limit=False). Two cap adapter captions reached the limit exactly at the end
  of a sentence, with everything they say true of the photo: labelled correct, with hit_limit=True.
- Near-color synonyms of the seller's base colour are correct: maroon/burgundy, mustard/yellow, off white and
  cream/white, navy and indigo/blue, teal/green or blue, peach/light pink, magenta/pink, rust/orange or brown,
  lavender/purple, coral/orange, lime or olive/green.
- The product's color is the color of the product the seller lists (the kurta of a kurta set, the palazzos on a
  model in a white kurta, the dupatta over a white kurta). A closed color answer giving another visible garment's
  color is a contradiction; an open answer that gives the product the color of another garment in the photo
  (or gives every garment one color) is other_garment_color.
- A text that names a background, a border, a blouse or a dupatta by its own color is correct (e.g. "against a
  black background", "a green saree with a red border").
- The DeepFashion template's pattern words ("pure color", "floral", "graphic", "color block", "stripe") are correct
  when they fit; a template caption that names no hue is a correct caption, but the template given as the answer to
  a color question is a non_answer, and a template that describes a person or lower clothing for a flat packshot
  with no one in it is unsupported.
- Garment words: "kurta"/"kurti"/"top" for kurtas and kurtis, "dress" for an anarkali gown or ethnic dress, "scarf"
  for a dupatta, "pants" for palazzos, "lehenga"/"saree" as such are correct. A closed garment_type of "dress" for a
  kurta worn over leggings, "leggings" for palazzos, "kurta" for a dupatta product are contradictions. The vqa
  adapter's "blouse"/"dress" inside a text whose main fault is a loop or leak is not labelled again.
- On a packshot or mannequin with no person, naming the garment to "What is the person wearing?" is correct;
  "nothing" or "no one" is a non_answer (it tells nothing about the product).
- Materials: a material the title states, or the plain look supports (silk sheen of a zari saree, sheer chiffon),
  is correct; a material the title contradicts ("silk" for a cotton kurta, "velvet" for rayon palazzos) is
  unsupported, like invented pockets, zips, belts, mirror work, clutches or accessories on a packshot.
- non_answer: empty, "nothing", "none", "i don't know", "it is a kurta" or "they are beige" to the details question
  (only the type or color back). restated: the question's own words made into a sentence ("the details of the
  garment are the details of the pants").
- pronoun: "he", "a man", "this gentleman" for a woman model while the seller's gender is Women. Products without a
  gender column carry no pronoun failure.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

W = "Women"

BLIND_160: list[Case] = [
    # 1. Model in a plain maroon straight kurta, three-quarter sleeves, with white trousers, against a white wall.
    # All texts by base; closed answers by the reference engine.
    case(
        "MYN-ETH-160-001",
        caption("a woman wearing a maroon kurta and white pants standing in front of a white wall"),
        D.wearing("he is wearing a maroon kurta and white pants", failure="pronoun"),
        D.garment_type("kurta"),
        D.color("burgundy"),
        D.pattern("striped", failure="contradiction"),
        D.sleeve_length("three-quarter"),
        D.details("the kurta has a white lining and a hidden zipper at the back", failure="unsupported"),
        gender=W,
        category="Kurtas",
        color="Maroon",
        title="Libas Women Maroon Solid Straight Kurta",
    ),
    # 2. Model in a navy kurta with small white floral motifs, long sleeves, white palazzos, navy dupatta on the arm;
    # bangles on her wrist. Caption by cap3 (stopped by the limit at a sentence end), open answers by vqa.
    case(
        "MYN-ETH-160-002",
        caption(
            "The upper clothing has long sleeves, cotton fabric and floral "
            "patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. There is an accessory "
            "on her wrist.",
            hit_limit=True,
        ),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            failure="loop",
            hit_limit=True,
        ),
        D.garment_type("dress", failure="contradiction"),
        D.color("navy"),
        D.description(
            "navy-white-navy-white-navy-white-navy-white-navy-white-navy-white-navy-white-navy",
            failure="loop",
            hit_limit=True,
        ),
        color_of("palazzos", "white"),
        gender=W,
        category="Kurta Sets",
        color="Navy Blue",
        title="Anouk Women Navy Blue Floral Printed Kurta with Palazzos & Dupatta",
    ),
    # 3. Flat packshot on white: a plain mustard kurti, short sleeves, mandarin collar, half button placket, no
    # pockets. All by base.
    case(
        "MYN-ETH-160-003",
        caption("a yellow kurta on a white background"),
        D.wearing("nothing", failure="non_answer"),
        D.garment_type("kurti"),
        D.color("yellow"),
        D.description("it is a garment that is worn by women", failure="restated"),
        D.details(
            "it has a mandarin collar, two side pockets and a button placket with gold buttons", failure="unsupported"
        ),
        D.material("cotton"),
        gender=W,
        category="Kurtis",
        color="Mustard",
        title="Sangria Women Mustard Yellow Solid Pure Cotton Kurti",
    ),
    # 4. Model in a pink saree with a gold zari border over a gold brocade short-sleeved blouse, beige backdrop,
    # bangles and a necklace. Caption by cap1, answers by base.
    case(
        "MYN-ETH-160-004",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. It has a v-shape neckline. "
            "The lower clothing is of long length. The fabric is chiffon and it has graphic patterns. There is an "
            "accessory on her wrist. This lady wears a",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a pink saree"),
        D.color("pink"),
        D.pattern("the pattern of the garment is the pattern of the garment", failure="restated"),
        D.description("a pink saree with a gold border and a gold blouse"),
        is_a("lehenga", "no"),
        gender=W,
        category="Sarees",
        color="Pink",
        title="Mitera Pink & Gold-Toned Zari Silk Blend Saree",
    ),
    # 5. Model in a plain teal floor-length anarkali gown, long sleeves, grey studio wall. Caption by base, open
    # answers by vqa.
    case(
        "MYN-ETH-160-005",
        caption("a woman in a teal anarkali dress posing in front of a grey wall"),
        D.wearing(
            "dress\nQuestion: What is the color of the dress? Answer: green\nQuestion: What is the person",
            failure="leak",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("green"),
        D.sleeve_length("long"),
        D.description(
            "dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress, dress",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "the dress has a round neck and long sleeves and a flared hem and a round neck and long sleeves and a "
            "flared hem and a round",
            failure="loop",
            hit_limit=True,
        ),
        gender=W,
        category="Ethnic Dresses",
        color="Teal",
        title="KALINI Teal Georgette Anarkali Maxi Ethnic Dress",
    ),
    # 6. Model in an off-white chikankari kurta (white-on-white floral embroidery), long sleeves, off-white
    # palazzos, sage green wall, silver bangles. cap1 wrote every text; the engine mapped the closed ones.
    case(
        "MYN-ETH-160-006",
        caption(
            "The upper clothing has long sleeves, cotton fabric and floral "
            "patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. There is an accessory "
            "on her",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and",
            failure="cut",
            hit_limit=True,
        ),
        D.color("The upper clothing has long sleeves, cotton fabric and floral patterns.", failure="non_answer"),
        D.pattern("floral"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "upper clothing has long sleeves, cotton fabric and floral patterns. It has a",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "It has a round neckline. The lower clothing is of long length. The fabric is cotton and it has pure "
            "color patterns. There is an",
            failure="cut",
            hit_limit=True,
        ),
        D.material(
            "The fabric is cotton and it has pure color patterns. The upper clothing has long sleeves, cotton fabric "
            "and floral patterns. It has a round",
            failure="cut",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        gender=W,
        category="Kurtas",
        color="Off White",
        title="Biba Women Off-White Chikankari Embroidered Pure Cotton Kurta",
    ),
    # 7. Headless mannequin in a green kurti with a white paisley print, three-quarter sleeves, notched neck, white
    # background. All by base.
    case(
        "MYN-ETH-160-007",
        caption("a green and white printed kurta on a mannequin"),
        D.wearing("a green kurta"),
        D.color("green"),
        D.pattern("paisley"),
        D.sleeve_length("sleeveless", failure="contradiction"),
        D.description("the garment is a kurta that is worn by women", failure="restated"),
        D.details("the kurta", failure="non_answer"),
        gender=W,
        category="Kurtis",
        color="Green",
        title="W Women Green & White Paisley Printed Kurti",
    ),
    # 8. Model in a red bridal lehenga with heavy gold embroidery, short-sleeved red choli, red net dupatta over the
    # head. Caption by base, open answers by vqa.
    case(
        "MYN-ETH-160-008",
        caption("a woman in a red and gold bridal lehenga posing for a photo"),
        D.wearing(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            failure="loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("embroidered"),
        D.description(
            "red\nQuestion: What is the color of the skirt? Answer: red\nQuestion: What is the color of the",
            failure="leak",
            hit_limit=True,
        ),
        D.details(
            "the skirt has gold embroidery all over and the top has short sleeves and a sweetheart neckline and the "
            "dupatta is red with a gold",
            failure="cut",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender=W,
        category="Lehenga Choli",
        color="Red",
        title="Varanga Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 9. Model in mustard palazzos and a plain white kurta (the kurta covers the waist). Product: the palazzos. All
    # by base.
    case(
        "MYN-ETH-160-009",
        caption("a woman wearing a white kurta and yellow palazzo pants"),
        D.wearing("a white top and white pants", failure="other_garment_color"),
        D.garment_type("pants"),
        D.color("white", failure="contradiction"),
        D.description("mustard yellow wide leg palazzo pants"),
        D.material("rayon"),
        D.details(
            "the palazzo pants have a wide leg and a flared hem, the palazzo pants have a wide leg and a flared hem, "
            "the palazzo",
            failure="loop",
            hit_limit=True,
        ),
        gender=W,
        category="Palazzos",
        color="Mustard",
        title="Jaipur Kurti Women Mustard Solid Rayon Flared Palazzos",
    ),
    # 10. Packshot: a magenta bandhani georgette dupatta folded on white, no person. cap3 wrote every open text and
    # the caption.
    case(
        "MYN-ETH-160-010",
        caption(
            "There is an accessory on her neck. The upper clothing has no sleeves, chiffon fabric and graphic "
            "patterns. The lower clothing is of long length. The fabric is chiffon and it has graphic patterns. This "
            "lady",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing(
            "The upper clothing has no sleeves, chiffon fabric and graphic patterns. The lower clothing is of long "
            "length. The fabric is chiffon and it has graphic",
            failure="cut",
            hit_limit=True,
        ),
        D.garment_type("scarf"),
        D.color("pink"),
        D.description(
            "The upper clothing has no sleeves, chiffon fabric and graphic patterns. The upper clothing has no "
            "sleeves, chiffon fabric and graphic patterns. The upper",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "The fabric is chiffon and it has graphic patterns. There is an accessory on her neck. The upper clothing "
            "has no sleeves, chiffon fabric and",
            failure="cut",
            hit_limit=True,
        ),
        D.material(
            "Question: What material is the garment made of? Answer: The fabric is chiffon and it has graphic "
            "patterns. Question:",
            failure="leak",
            hit_limit=True,
        ),
        gender=W,
        category="Dupatta",
        color="Magenta",
        title="Dupatta Bazaar Magenta Bandhani Printed Georgette Dupatta",
    ),
    # 11. Model in a peach cotton kurta with a rose-gold foil print, mandarin collar, three-quarter sleeves, white
    # trousers, white backdrop. All by base.
    case(
        "MYN-ETH-160-011",
        caption("a woman in a peach kurta with gold print"),
        D.wearing("he is wearing a peach kurta and white pants", failure="pronoun"),
        D.garment_type("kurta"),
        D.color("light pink"),
        D.sleeve_length("three-quarter"),
        D.description(
            "a peach kurta with a rose gold foil print all over, a mandarin collar, three quarter sleeves with a "
            "printed border and a straight hem with side",
            failure="cut",
            hit_limit=True,
        ),
        D.material("silk", failure="unsupported"),
        gender=W,
        category="Kurtas",
        color="Peach",
        title="Aurelia Women Peach-Coloured Foil Printed Pure Cotton Kurta",
    ),
    # 12. Model in a rust tiered anarkali kurta with a small floral print, long sleeves, v-neck, no belt, in a
    # garden. Caption by cap1, open answers by vqa.
    case(
        "MYN-ETH-160-012",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic "
            "patterns. It has a v-shape neckline. The lower "
            "clothing is of long length. This gentleman wears a ring. There is an accessory on his wrist. This "
            "gentleman",
            failure="pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "an orange dress with long sleeves, a v-neck and a brown leather belt at the waist with a gold buckle",
            failure="unsupported",
            hit_limit=True,
        ),
        D.color("orange"),
        D.sleeve_length("long"),
        D.description(
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "Answer: the dress has a v-neck and long sleeves. Answer: the dress has a v-neck and long sleeves. Answer:",
            failure="leak",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Rust",
        title="Global Desi Women Rust Floral Printed Tiered Anarkali Kurta",
    ),
    # 13. Headless mannequin in a plain yellow georgette saree with a lace border, grey backdrop. All by base; is_a
    # by the engine.
    case(
        "MYN-ETH-160-013",
        caption("a yellow saree on a mannequin"),
        D.wearing("a yellow saree"),
        D.color("yellow"),
        D.description("a yellow saree with a lace border"),
        D.details("", failure="non_answer"),
        D.material("georgette"),
        is_a("saree", "no", failure="contradiction"),
        gender=W,
        category="Sarees",
        color="Yellow",
        title="Saree mall Yellow Solid Georgette Saree with Lace Border",
    ),
    # 14. Model in a black kurta with a small floral print, three-quarter sleeves, plain black trousers, white
    # backdrop. cap3 wrote every open text and the caption.
    case(
        "MYN-ETH-160-014",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is",
            failure="cut",
            hit_limit=True,
        ),
        D.color("The upper clothing has medium sleeves", failure="non_answer"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter"),
        D.description(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "It has a round neckline. It has a round neckline. It has a round neckline. It has a round neckline. It "
            "has a round neckline. It",
            failure="loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Black",
        title="Vishudh Women Black Floral Printed Kurta with Trousers",
    ),
    # 15. Flat lay on a wooden floor: a sea green A-line kurta alone, long sleeves, gota lace at neck and cuffs.
    # All by base.
    case(
        "MYN-ETH-160-015",
        caption("a green kurta laid out on a wooden floor"),
        D.color("green"),
        D.sleeve_length("long"),
        D.description(
            "a green kurta with gold lace on the neck and the sleeves, a pair of white pants and a white dupatta",
            failure="unsupported",
        ),
        D.details("it is a kurta", failure="non_answer"),
        D.material("the garment is made of fabric", failure="restated"),
        gender=W,
        category="Kurtas",
        color="Sea Green",
        title="Ishin Women Sea Green Gotta Patti A-Line Kurta",
    ),
    # 16. Model in a lavender kurta set: v-neck kurta with a button placket, lavender trousers, multicolour printed
    # dupatta. Caption by base, open answers by vqa.
    case(
        "MYN-ETH-160-016",
        caption("a woman wearing a purple kurta and pants with a dupatta"),
        D.wearing(
            "blouse\nQuestion: What is the person wearing? Answer: "
            "blouse\nQuestion: What is the person wearing? Answer",
            failure="leak",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("purple"),
        D.description(
            "lavender lavender lavender lavender lavender lavender lavender lavender lavender lavender lavender "
            "lavender lavender lavender lavender",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "the blouse has a v-neck with a button placket and lace on the hem and the sleeves, the pants are straight "
            "and the",
            failure="cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        category="Kurta Sets",
        color="Lavender",
        title="Juniper Women Lavender Kurta with Trousers & Printed Dupatta",
    ),
    # 17. Packshot on white: plain white cotton palazzos with an elastic waistband. All by base; closed by the engine.
    case(
        "MYN-ETH-160-017",
        caption("a pair of white palazzo pants on a white background"),
        D.garment_type("leggings", failure="contradiction"),
        D.color("white"),
        D.description("they are pants that are worn on the legs", failure="restated"),
        D.details("they are white", failure="non_answer"),
        D.material("cotton"),
        gender=W,
        category="Palazzos",
        color="White",
        title="Sangria Women White Solid Cotton Palazzos",
    ),
    # 18. Mannequin in a navy lehenga with gold embroidery, short-sleeved gold brocade choli, navy net dupatta,
    # necklace on the mannequin. Caption by cap1, the rest by base.
    case(
        "MYN-ETH-160-018",
        caption(
            "The upper clothing has short sleeves, silk fabric and graphic "
            "patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is silk and it has graphic patterns. There is an accessory on her "
            "neck. The upper",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a blue and gold lehenga"),
        D.color("gold", failure="contradiction"),
        color_of("lehenga", "blue", kind="open"),
        color_of("blouse", "blue", failure="other_garment_color", kind="open"),
        D.description("a navy blue lehenga with gold embroidery and a gold blouse"),
        gender=W,
        category="Lehenga Choli",
        color="Navy Blue",
        title="Ahalyaa Navy Blue & Gold-Toned Embroidered Lehenga Choli with Dupatta",
    ),
    # 19. Model in a cream anarkali kurta with pink flowers, long sleeves, white leggings visible below. Gender
    # column missing. All by base.
    case(
        "MYN-ETH-160-019",
        caption("a woman in a white and pink floral anarkali kurta"),
        D.wearing("a white kurta with pink flowers and white leggings"),
        D.garment_type("dress", failure="contradiction"),
        D.color("white"),
        D.pattern("floral"),
        D.details("the kurta has details", failure="non_answer"),
        category="Kurtas",
        color="Cream",
        title="Libas Women Cream-Coloured & Pink Floral Print Anarkali Kurta",
    ),
    # 20. Model in a plain lime green straight kurti, short sleeves, white leggings, white background. Caption and
    # material by base, wearing and description by vqa.
    case(
        "MYN-ETH-160-020",
        caption("a woman in a green kurti and white leggings standing against a white background"),
        D.wearing(
            "blouse and leggings\nQuestion: What is the color of the blouse? Answer: green\nQuestion:",
            failure="leak",
            hit_limit=True,
        ),
        D.garment_type("top"),
        D.color("green"),
        D.sleeve_length("short"),
        D.description(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            failure="loop",
            hit_limit=True,
        ),
        D.material("", failure="non_answer"),
        gender=W,
        category="Kurtis",
        color="Lime Green",
        title="Anouk Women Lime Green Solid Straight Kurti",
    ),
    # 21. Model in a plain white kurta with an orange phulkari dupatta (multicolour embroidery, tassels, no mirrors)
    # over the shoulders. Product: the dupatta. All by base.
    case(
        "MYN-ETH-160-021",
        caption("a woman wearing a white kurta with an orange phulkari dupatta"),
        D.wearing("a white kurta and a white dupatta", failure="other_garment_color"),
        D.garment_type("kurta", failure="contradiction"),
        D.color("orange"),
        D.description("an orange dupatta with colorful embroidery and tassels"),
        D.details("the dupatta has colorful embroidery, tassels and a mirror work border", failure="unsupported"),
        gender=W,
        category="Dupatta",
        color="Orange",
        title="Phulkari by Jaipur Women Orange Embroidered Cotton Blend Phulkari Dupatta",
    ),
    # 22. Model in a coral kurta with a small geometric print, long sleeves, v-neck, no pocket, white trousers,
    # bangles, pink backdrop. Caption by cap3, the rest by base.
    case(
        "MYN-ETH-160-022",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a v-shape neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing an orange kurta and white pants", failure="pronoun"),
        D.color("coral"),
        D.pattern("geometric"),
        D.description("an orange printed kurta with a v neck and long sleeves"),
        D.details("the kurta has a v neck and a pocket on the chest", failure="unsupported"),
        gender=W,
        category="Kurtas",
        color="Coral",
        title="KSUT Women Coral Geometric Printed Straight Kurta",
    ),
    # 23. Packshot: a purple banarasi silk saree folded on white, gold zari border and buttis. Caption, wearing and
    # material by base, description and details by vqa.
    case(
        "MYN-ETH-160-023",
        caption("a purple and gold saree folded on a white background"),
        D.wearing("no one", failure="non_answer"),
        D.garment_type("saree"),
        D.color("purple"),
        D.description(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "the saree has a gold border and a gold pallu\nQuestion: What is the material of the saree? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        D.material("silk"),
        gender=W,
        category="Sarees",
        color="Purple",
        title="KALINI Purple & Gold-Toned Woven Design Zari Banarasi Saree",
    ),
    # 24. Model in a grey kurta with white embroidery on the yoke, long sleeves, white churidar. Gender column
    # missing. All by base; description stopped before the limit.
    case(
        "MYN-ETH-160-024",
        caption("a woman in a grey kurta and white pants"),
        D.wearing("a grey kurta and grey pants", failure="other_garment_color"),
        D.color("grey"),
        D.pattern("embroidered"),
        D.description("a grey kurta with white embroidery on the", failure="cut"),
        D.details(
            "the details of the garment are the embroidery and the details of the sleeves and the details of the "
            "neckline",
            failure="restated",
        ),
        category="Kurtas",
        color="Grey",
        title="House of Pataudi Women Grey Yoke Design Kurta with Churidar",
    ),
    # 25. Model in a teal kurta with a gold print, three-quarter sleeves, teal palazzos, pink dupatta, earrings.
    # Caption by cap1, the rest by base.
    case(
        "MYN-ETH-160-025",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. This "
            "gentleman wears long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on his",
            failure="pronoun",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and blue pants with a pink scarf"),
        D.color("pink", failure="contradiction"),
        D.sleeve_length("three-quarter"),
        D.description("a pink kurta with gold print and pink pants", failure="other_garment_color"),
        color_of("dupatta", "pink"),
        gender=W,
        category="Kurta Sets",
        color="Teal",
        title="Indo Era Women Teal Printed Kurta with Palazzos & Dupatta",
    ),
    # 26. Model in a pastel pink lehenga with mirror work, short-sleeved pink choli, necklace, blurred decorated
    # stage behind. Caption by base, open answers by cap3.
    case(
        "MYN-ETH-160-026",
        caption("a woman in a pink lehenga posing in front of a decorated stage"),
        D.wearing(
            "The upper clothing has short sleeves, chiffon fabric and graphic patterns. It has a v-shape neckline. The "
            "lower clothing is of long length. The",
            failure="cut",
            hit_limit=True,
        ),
        D.garment_type("lehenga"),
        D.color("pink"),
        D.pattern("embroidered"),
        D.description(
            "The lower clothing is of long length. The fabric is chiffon and it has graphic patterns. The lower "
            "clothing is of long length. The fabric",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "There is an accessory on her neck. The lower clothing is of long length. The fabric is chiffon and it has "
            "graphic patterns. The",
            failure="cut",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Pink",
        title="Mitera Pink Mirror Work Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # 27. Model in beige wide-leg palazzos with a printed floral hem and a plain blue kurta on top. Product: the
    # palazzos. All by base.
    case(
        "MYN-ETH-160-027",
        caption("a woman wearing a blue kurta and beige palazzo pants"),
        D.wearing("a blue top and blue pants", failure="other_garment_color"),
        D.color("blue", failure="contradiction"),
        D.description("a pair of beige palazzo pants with a floral print at the hem"),
        D.details("they are beige", failure="non_answer"),
        D.material("cotton"),
        gender=W,
        category="Palazzos",
        color="Beige",
        title="Biba Women Beige Printed Hem Cotton Wide Leg Palazzos",
    ),
    # 28. Model in a plain olive green kurti with a stand collar and button placket, long sleeves, blue jeans.
    # Caption by cap1 (stopped by the limit at a sentence end), open answers by vqa.
    case(
        "MYN-ETH-160-028",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns.",
            hit_limit=True,
        ),
        D.wearing(
            "blouse and jeans\nQuestion: What is the color of the blouse? "
            "Answer: green\nQuestion: What is the color of",
            failure="leak",
            hit_limit=True,
        ),
        D.color("green"),
        D.sleeve_length("long"),
        D.description(
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "Question: What are the details of the garment? Answer: the blouse has a stand collar and a button "
            "placket and",
            failure="leak",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="Olive",
        title="W Women Olive Green Solid Mandarin Collar Kurti",
    ),
    # 29. Model in an indigo kurta with a white floral dabu print, three-quarter sleeves, in front of a brick wall.
    # All by base.
    case(
        "MYN-ETH-160-029",
        caption("a man in a blue and white printed kurta standing in front of a brick wall", failure="pronoun"),
        D.wearing("a blue kurta"),
        D.color("blue"),
        D.pattern("floral"),
        D.description("a blue and white kurta"),
        D.details("it is a kurta", failure="non_answer"),
        gender=W,
        category="Kurtas",
        color="Navy Blue",
        title="AKS Women Indigo Dabu Printed Pure Cotton Straight Kurta",
    ),
    # 30. Model in a green kanjeevaram silk saree with a wide red border and a short-sleeved red blouse, necklace,
    # temple-style backdrop. Caption by cap3, the rest by base; closed by the engine.
    case(
        "MYN-ETH-160-030",
        caption(
            "The upper clothing has short sleeves, silk fabric and color block patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is silk and it has color block patterns. There is an "
            "accessory on her neck. There",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a green saree with a red border"),
        D.color("red", failure="contradiction"),
        D.description("a green silk saree with a red border and gold zari"),
        color_of("border", "red", kind="open"),
        color_of("blouse", "green", failure="other_garment_color", kind="open"),
        gender=W,
        category="Sarees",
        color="Green",
        title="Sareeka Green & Red Zari Woven Kanjeevaram Silk Saree",
    ),
    # 31. Mannequin in a mustard and maroon anarkali gown: mustard bodice, maroon flared skirt, long sleeves.
    # Caption by base, open answers by cap1.
    case(
        "MYN-ETH-160-031",
        caption("a yellow and maroon dress on a mannequin"),
        D.wearing(
            "The upper clothing has long sleeves, cotton fabric and color block patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has",
            failure="cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.pattern("color block"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and color block patterns. It has a round neckline. The "
            "upper clothing has long sleeves, cotton fabric and",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "long sleeves\nQuestion: What are the details of the garment? Answer: long sleeves\nQuestion: What are the",
            failure="leak",
            hit_limit=True,
        ),
        D.material(
            "The fabric is cotton and it has color block patterns. The upper clothing has long sleeves, cotton fabric "
            "and color block patterns. It",
            failure="cut",
            hit_limit=True,
        ),
        gender=W,
        category="Ethnic Dresses",
        color="Mustard",
        title="Gerua Mustard & Maroon Colourblocked Cotton Anarkali Maxi Dress",
    ),
    # 32. Packshot: a plain white chiffon dupatta with a gold lace border on a hanger, grey wall behind. All by base.
    case(
        "MYN-ETH-160-032",
        caption("a white scarf hanging on a hanger against a grey wall"),
        D.garment_type("scarf"),
        D.color("white"),
        D.description("a white dupatta with a gold lace border"),
        D.details("none", failure="non_answer"),
        D.material("chiffon"),
        is_a("dress", "yes", failure="contradiction"),
        gender=W,
        category="Dupatta",
        color="White",
        title="Dupatta Bazaar Women White Solid Chiffon Dupatta with Gotta Patti Border",
    ),
    # 33. Flat packshot on white: a plain rust cotton kurti alone, long sleeves, round neck; no person, no bottoms.
    # cap3 wrote every open text and the caption.
    case(
        "MYN-ETH-160-033",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. There is",
            failure="unsupported",
            hit_limit=True,
        ),
        D.wearing(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "upper clothing has long sleeves, cotton",
            failure="loop",
            hit_limit=True,
        ),
        D.color("brown"),
        D.sleeve_length("long"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "It has a round neckline. It has a round neckline. It has a round neckline. It has a round neckline. It "
            "has a round",
            failure="loop",
            hit_limit=True,
        ),
        D.material(
            "The fabric is cotton and it has pure color patterns. There is an accessory on her neck. This lady wears a",
            failure="cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="Rust",
        title="Fabindia Women Rust Solid Pure Cotton Kurti",
    ),
    # 34. Model in black rayon palazzos with a gold foil print near the hem and a plain black kurta. Product: the
    # palazzos. All by base.
    case(
        "MYN-ETH-160-034",
        caption("a woman in a black kurta and black palazzo pants with gold print"),
        D.wearing("he is wearing a black kurta and black pants", failure="pronoun"),
        D.color("black"),
        D.description("a pair of black pants with gold print"),
        D.details("a gold print near the hem"),
        D.material("velvet", failure="unsupported"),
        gender=W,
        category="Palazzos",
        color="Black",
        title="Nayo Women Black & Gold-Toned Foil Printed Rayon Palazzos",
    ),
    # 35. Model in a plain magenta straight kurta, three-quarter sleeves, round neck, side slits, white palazzos,
    # white studio. Caption by base, open answers by vqa.
    case(
        "MYN-ETH-160-035",
        caption("a woman wearing a pink kurta and white palazzo pants"),
        D.wearing(
            "blouse\nAnswer: blouse\nAnswer: blouse\nAnswer: blouse\nAnswer: blouse\nAnswer: blouse\nAnswer: blouse",
            failure="leak",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("white", failure="contradiction"),
        D.description(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "the blouse has a round neck and three quarter sleeves and a side slit and the pants are white and wide "
            "with a",
            failure="cut",
            hit_limit=True,
        ),
        color_of("palazzos", "white"),
        gender=W,
        category="Kurta Sets",
        color="Magenta",
        title="Janasya Women Magenta Solid Straight Kurta with Palazzos",
    ),
    # 36. Model in a red georgette saree with sequins and a sleeveless red blouse, no bag, black background. All by
    # base.
    case(
        "MYN-ETH-160-036",
        caption("a woman in a red sequin saree against a black background"),
        D.wearing("a red saree"),
        D.color("red"),
        D.sleeve_length("long", failure="contradiction"),
        D.description("a red saree with sequins all over and a matching clutch", failure="unsupported"),
        D.material("the material of the garment is the material", failure="restated"),
        gender=W,
        category="Sarees",
        color="Red",
        title="Inddus Red Sequinned Georgette Saree",
    ),
    # 37. Model in a yellow kurta with a white and pink floral print, long sleeves, yellow sharara, plain white
    # dupatta. Caption by cap1, the rest by base.
    case(
        "MYN-ETH-160-037",
        caption(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a v-shape neckline. The "
            "upper clothing has long sleeves, cotton fabric and floral patterns. It has a v-shape",
            failure="loop",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and yellow pants with a white dupatta"),
        D.color("yellow"),
        D.pattern("floral"),
        D.description("a white kurta with yellow flowers", failure="other_garment_color"),
        D.details("he is wearing a yellow kurta with a white dupatta", failure="pronoun"),
        gender=W,
        category="Kurta Sets",
        color="Yellow",
        title="Libas Women Yellow Floral Printed Kurta with Sharara & Dupatta",
    ),
    # 38. Model in a navy blue anarkali ethnic dress with gold geometric motifs, three-quarter sleeves, no belt. All
    # by base; its description stopped short of the limit.
    case(
        "MYN-ETH-160-038",
        caption("a woman in a navy blue anarkali dress with gold print"),
        D.wearing("a blue dress"),
        D.color("blue"),
        D.pattern("geometric"),
        D.description("a navy blue anarkali dress with gold print, a flared skirt and a", failure="cut"),
        D.material("i don't know", failure="non_answer"),
        D.details(
            "the dress has a round neck, three quarter sleeves and a fabric belt with tassels at the waist",
            failure="unsupported",
        ),
        gender=W,
        category="Ethnic Dresses",
        color="Navy Blue",
        title="Anubhutee Navy Blue & Gold-Toned Ethnic Motifs Printed Anarkali Ethnic Dress",
    ),
    # 39. Model in a pink and white striped kurti, short sleeves, blue jeans, a watch, white backdrop. Caption by
    # cap3, the rest by base.
    case(
        "MYN-ETH-160-039",
        caption(
            "The upper clothing has short sleeves, cotton fabric and stripe patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her wrist. This",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a pink and white striped top and blue jeans"),
        D.color("pink"),
        D.pattern("striped"),
        D.sleeve_length("long", failure="contradiction"),
        D.details("it's a kurti", failure="non_answer"),
        gender=W,
        category="Kurtis",
        color="Pink",
        title="Tissu Women Pink & White Striped Kurti",
    ),
    # 40. Flat lay on white: an orange embroidered lehenga with a short-sleeved green choli, no dupatta, no person.
    # Base colour column missing. cap1 wrote every open text and the caption; the engine the closed ones.
    case(
        "MYN-ETH-160-040",
        caption(
            "The upper clothing has short sleeves, silk fabric and graphic patterns. The upper clothing has short "
            "sleeves, silk fabric and graphic patterns. The upper clothing has short sleeves, silk fabric and graphic "
            "patterns. The upper",
            failure="loop",
            hit_limit=True,
        ),
        D.wearing(
            "The upper clothing has short sleeves, silk fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric",
            failure="cut",
            hit_limit=True,
        ),
        D.color("orange"),
        D.description(
            "This lady wears a long skirt. The skirt is with silk fabric and graphic patterns. This lady wears a short "
            "sleeve top with",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "There is an accessory on her neck. This lady wears a ring. There is an accessory on her wrist. This lady "
            "wears a",
            failure="unsupported",
            hit_limit=True,
        ),
        color_of("choli", "green"),
        gender=W,
        category="Lehenga Choli",
        title="Warthy Ent Women Orange & Green Embroidered Semi-Stitched Lehenga Choli",
    ),
    # 41. Mannequin in a plain white kurta with a navy silk dupatta with a gold zari border over it. Product: the
    # dupatta. All by base.
    case(
        "MYN-ETH-160-041",
        caption("a blue dupatta with gold border on a mannequin"),
        D.wearing("a white kurta and a blue dupatta"),
        D.color("white", failure="contradiction"),
        D.description("a white dupatta with a gold border", failure="other_garment_color"),
        D.material("it is made of the material of the dupatta", failure="restated"),
        gender=W,
        category="Dupatta",
        color="Navy Blue",
        title="Weavers Villa Navy Blue Woven Design Art Silk Dupatta with Zari Border",
    ),
    # 42. Model seated on a cane chair among green plants, in a cream kurta with a floral embroidered yoke, long
    # sleeves, cream trousers, earrings. Title column missing. Caption by cap3, open answers by vqa.
    case(
        "MYN-ETH-160-042",
        caption(
            "The upper clothing has long sleeves, cotton fabric and floral patterns. It has a round neckline. This "
            "gentleman wears long pants. The pants are with cotton fabric and pure color patterns. There is an",
            failure="pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "white\nQuestion: What is the color of the dress? Answer: white\nQuestion: What is the color of the dress",
            failure="leak",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("cream"),
        D.pattern("embroidered"),
        D.description(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "the dress has floral embroidery on the neckline and a button placket with wooden buttons and a side slit "
            "with a",
            failure="cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Cream",
    ),
    # 43. Packshot on white: teal palazzos with an all-over floral print. All by base.
    case(
        "MYN-ETH-160-043",
        caption("a pair of blue printed pants on a white background"),
        D.color("teal"),
        D.pattern("striped", failure="contradiction"),
        D.description("blue palazzo pants with a floral print"),
        D.details("the details of the garment are the details of the pants", failure="restated"),
        D.material("i'm not sure", failure="non_answer"),
        gender=W,
        category="Palazzos",
        color="Teal",
        title="Rain & Rainbow Women Teal Floral Printed Cotton Palazzos",
    ),
    # 44. Model in a black and gold bandhani kurta, three-quarter sleeves, black trousers, red dupatta. All by base
    # (one color for every garment); closed by the engine.
    case(
        "MYN-ETH-160-044",
        caption("a woman wearing a black kurta with a red dupatta"),
        D.wearing("a black kurta and black pants with a black scarf", failure="other_garment_color"),
        D.color("black"),
        D.sleeve_length("three-quarter"),
        D.description("a red kurta with gold print", failure="other_garment_color"),
        color_of("dupatta", "black", failure="other_garment_color", kind="open"),
        color_of("trousers", "black"),
        gender=W,
        category="Kurta Sets",
        color="Black",
        title="Anouk Women Black & Gold-Toned Bandhani Kurta with Trousers & Dupatta",
    ),
]
