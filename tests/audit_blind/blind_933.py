"""BLIND_933 (46 products; Myntra sarees and lehenga cholis, VQA adapter, each piece's color asked): written blind in
the fifty-seventh session. Measured blind at eed7db2 (the session's seventh rules): 92/125 failures found (73.6%) and
13/184 correct texts flagged (7.1%). The writer's notes, verbatim:

Scenario: a Myntra-like ethnic-wear feed, 31 sarees and 15 lehenga cholis (3 of them girls' sets), one catalog photo
each: a model (woman or girl) standing on a white or light grey studio backdrop, mostly full-length front or three
quarter views, wearing the whole set (saree with its blouse; lehenga with its choli and dupatta) and jewellery.
The feed's columns are the old styles.csv ones: product_name (title), article_type (category: "Sarees" or
"Lehenga Choli"), base_colour (color, the seller's color of the main piece) and gender; three rows lack a column.

Who wrote what: captions are the untuned Salesforce/blip2-opt-2.7b (no adapter; it stops on its own, short captions
of the form "a woman in a red saree ..."), sometimes with a wrong hue or an invented prop or pose. Every answer is
the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA. The color of each piece is asked with the VQA data's own prompt
"What is the color of the {piece}?": the main piece (saree, lehenga) as a closed question scored by enrich's
--engine reference over candidate colors, the other pieces (blouse, choli, dupatta, border, pallu) as open, free
generation of at most 30 tokens. Some products also get "What is the person/she/the woman/the girl wearing?", a
describe or details question, a material question, the closed garment type / pattern / sleeve questions, or a
closed yes/no "Is this a ...?". The adapter was trained without an end token: most short answers end on the newline
it learned from the answer lengths, but some run on into loops ("gold gold gold ...", "a saree and a blouse and a
saree ..."), into a new "Question: ... Answer:" pair, or are cut at the 30-token limit. Its In-shop training makes it
answer a color question with the color of the nearest big area of color (the saree's body for the blouse, the choli
for the lehenga), say "pure color" for a plain piece, invent Western garment details (pockets, zippers, belts,
buttons) and call a saree a skirt or dress.

Labeling conventions and judgement calls:
- A wrong color that is, in the photo, the color of another piece of the same outfit (blouse, border, pallu, choli,
  dupatta, the saree's body) is other_garment_color, for open and closed answers and captions alike; a wrong color
  found nowhere in the outfit (or only in a print's small motifs) is contradiction.
- A closed garment type, a yes/no, or a "wearing" answer that names the wrong garment (dress, skirt, kurta,
  lehenga for a saree, saree for a lehenga) is contradiction, against the seller's category.
- In a caption, a generic name for the whole set ("a pink floral skirt and a green top" for a lehenga choli, "a
  yellow and pink dress" for a girl's lehenga) with the right colors is counted correct: the base model names
  outfits that way and nothing in it is false.
- Shades in the same family as the photo's color are correct (maroon/red, peach/pink for a peach piece, cream/white,
  copper zari called copper, navy called blue); the seller's color names the main piece only, so a blouse of
  another color than base_colour is not a failure when the photo has it so.
- Where a seller's base_colour is off from the photo (X933-025 "Gold" on a gold-and-off-white set is fine; X933-042
  "Pink" on a dusty pink) I judged by the photo as described in the comment.
- Prints: the ground color is the saree's color (white ground with blue dabu print is a white saree); naming the
  print's motifs or the border's color for the saree's body is other_garment_color when that is a piece asked.
- A loop, a cut or a leak is labeled by that, even when the repeated or cut words are right; a text that runs to 30
  tokens is hit_limit=True (all loops, cuts and most leaks). Loops that stop mid-word count as loops, not cuts.
- A leak is any "Question: ... Answer:" format text in the answer, whether or not the leaked answer is right.
- non_answer: "yes"/"no" or a lone pattern word to an open question, "pure color" for a color, "it is a saree" for a
  describe. restated: the question's words returned as a longer sentence ("the color of the border is the color of
  the border").
- unsupported: a detail, prop, pose, person or material not in the photo or against the title (pockets, zipper,
  belt, umbrella, bouquet, "cotton" for a silk-blend title, sitting when she stands).
- pronoun: "he"/"his" for a woman or girl; the answer is otherwise judged correct or not only by the pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_933 = [
    # photo: woman in a magenta georgette saree with a narrow gold zari border, pallu over the left shoulder, matching
    # magenta blouse with elbow sleeves, gold jhumkas; white backdrop; full-length front view. Caption: base
    # OPT-2.7b; answers: VQA adapter.
    case(
        "X933-001",
        caption("a woman in a pink saree with a gold border"),
        color_of("saree", "magenta"),
        color_of("blouse", "magenta", kind="open"),
        color_of("border", "gold", kind="open"),
        wearing("a pink lehenga with a gold border", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Ishin Women Magenta Georgette Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: woman in a navy blue crepe saree with small white polka dots, plain red border, red blouse with elbow
    # sleeves; she holds the pallu out with one hand; white backdrop; three-quarter view. Caption: base model;
    # answers: VQA adapter.
    case(
        "X933-002",
        caption("a woman in a blue and white polka dot saree"),
        color_of("saree", "navy blue"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        color_of("border", "red", kind="open"),
        Q.pattern("polka dots"),
        wearing("she is wearing a saree", who="she"),
        details("saree", "white polka dots on blue with a red border and red piping on the pockets", "unsupported"),
        title="Saree mall Women Navy Blue Polka Dot Printed Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a mustard yellow handloom cotton saree with a wide black ikat border (white motifs), black
    # sleeveless blouse, oxidised silver earrings; white backdrop; three-quarter view. Caption: base model; answers:
    # VQA adapter.
    case(
        "X933-003",
        caption("a woman in a yellow saree posing for a picture"),
        color_of("saree", "black", "other_garment_color"),
        color_of("blouse", "black", kind="open"),
        color_of("border", "black and white", kind="open"),
        wearing("a black blouse and a yellow skirt", "contradiction"),
        details("saree", "the saree has a black border with a white pattern and a pocket on the side", "unsupported"),
        title="Jashn Women Mustard Ikat Handloom Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a red Banarasi silk saree with small gold woven butis all over, heavy gold pallu over the
    # shoulder, red blouse, bridal jewellery and red-and-gold bangles; white backdrop; front view. Caption: base
    # model; answers: VQA adapter.
    case(
        "X933-004",
        caption("a woman in a red and gold saree"),
        color_of("saree", "red"),
        color_of(
            "blouse",
            "red red red red red red red red red red red red red red red red red red red red red red red red red"
            " red red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pallu", "gold", kind="open"),
        is_a("saree", "yes"),
        Q.material("silk"),
        wearing("she is wearing a red saree and a lot of jewelry", who="she"),
        details("saree", "gold woven flowers all over the saree and a gold zipper on the blouse", "unsupported"),
        title="Kalini Women Red Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a pastel peach chiffon saree with a silver sequin border, peach blouse, holding a small silver
    # clutch; white backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-005",
        caption("a woman in a peach saree holding a purse"),
        color_of("saree", "peach"),
        color_of("blouse", "light green", "contradiction", kind="open"),
        color_of("border", "silver", kind="open"),
        wearing("he is wearing a peach saree and a blouse", "pronoun", who="she"),
        describe("saree", "a peach saree with a silver border and a matching blouse"),
        title="Mitera Women Peach Chiffon Embellished Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in a teal silk-blend saree with a copper zari border, contrast mustard yellow blouse; she looks
    # sideways; white backdrop; three-quarter view. Caption: base model; answers: VQA adapter.
    case(
        "X933-006",
        caption("a woman in a teal saree and a yellow blouse"),
        color_of("saree", "teal"),
        color_of("blouse", "teal", "other_garment_color", kind="open"),
        color_of("border", "copper", kind="open"),
        Q.garment_type("dress", "contradiction"),
        wearing(
            "a saree with a blouse and a saree and a blouse and a saree and a blouse and a saree and a blouse and a",
            "loop",
            hit_limit=True,
        ),
        title="Satrani Women Teal Silk Blend Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a maroon velvet lehenga with gold embroidery at the hem and waist, maroon choli, sheer pink net
    # dupatta over one shoulder; white backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-007",
        caption("a woman in a red lehenga with a pink dupatta"),
        color_of("lehenga", "maroon"),
        color_of("choli", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        Q.material("velvet"),
        details("lehenga", "gold embroidery on the hem and the waist"),
        Q.garment_type("saree", "contradiction"),
        describe("dupatta", "the dupatta is a dupatta that is worn with the lehenga", "restated"),
        title="Inddus Women Maroon Velvet Lehenga Choli",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a mint green lehenga with white thread embroidery, white short-sleeved choli, mint green
    # dupatta with a white lace edge; light grey backdrop; full-length front view. Caption: base model; answers: VQA
    # adapter.
    case(
        "X933-008",
        caption("a woman in a green and white lehenga posing"),
        color_of("lehenga", "green"),
        color_of("choli", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "mint green", kind="open"),
        is_a("lehenga", "yes"),
        wearing(
            "a lehenga choli Question: What is the color of the lehenga? Answer: green Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        title="Chhabra 555 Women Mint Green Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a black net saree covered in small silver sequins, sequinned border, black sleeveless blouse;
    # white backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-009",
        caption("a woman in a black sequined saree"),
        color_of("saree", "black"),
        color_of("blouse", "black", kind="open"),
        color_of("border", "gold", "contradiction", kind="open"),
        Q.pattern("embellished"),
        describe("saree", "a black saree with sequins, a black blouse and a black belt", "unsupported"),
        wearing(
            "a black saree and a black saree and a black saree and a black saree and a black saree and a black saree",
            "loop",
            hit_limit=True,
        ),
        title="Mitera Women Black Embellished Net Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a cream Kerala kasavu cotton saree with a broad gold border and a cream pallu with gold
    # stripes, bottle green blouse, jasmine in her hair; white backdrop; front view. Caption: base model; answers:
    # VQA adapter.
    case(
        "X933-010",
        caption("a woman in a white saree with a gold border"),
        color_of("saree", "cream"),
        color_of("blouse", "green", kind="open"),
        color_of("border", "gold", kind="open"),
        color_of("pallu", "red", "contradiction", kind="open"),
        wearing(
            "a white saree with a gold border and a green blouse and a white saree with a gold border and a green"
            " blouse and",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe(
            "saree", "a cream cotton saree with a gold border and a gold brooch pinned at the shoulder", "unsupported"
        ),
        title="Kasavu Women Cream Kerala Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: woman in a half-and-half saree, orange pleats and a pink pallu, thin gold border, pink blouse; white
    # backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-011",
        caption("a woman in an orange and pink saree"),
        color_of("saree", "orange"),
        color_of("blouse", "orange", "other_garment_color", kind="open"),
        color_of("pallu", "pink", kind="open"),
        is_a("saree", "yes"),
        describe(
            "saree",
            "the saree is orange on the pleats and pink on the pallu with a gold border running along the bottom and"
            " the blouse is pink with short",
            "cut",
            hit_limit=True,
        ),
        title="Sareez Women Orange & Pink Half and Half Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: woman in a royal blue silk saree with a silver zari check pattern and a silver border, royal blue
    # blouse; white backdrop; front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-012",
        caption("a woman in a purple saree standing in front of a white wall", "contradiction"),
        color_of("saree", "blue"),
        color_of("blouse", "blue", kind="open"),
        Q.pattern("checked"),
        color_of("border", "the color of the border is the color of the border", "restated", kind="open"),
        wearing("a blue saree", who="the woman"),
        title="Kalini Women Blue Checked Silk Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: girl of about six in a yellow lehenga with multicolour mirror work, pink choli, yellow net dupatta
    # around her neck; white backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-013",
        caption("a little girl in a yellow and pink dress"),
        color_of("lehenga", "yellow"),
        color_of("choli", "pink", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        wearing("a yellow lehenga with mirror work", who="the girl"),
        is_a("lehenga", "no", "contradiction"),
        describe(
            "lehenga",
            "a yellow lehenga with colorful mirror work, a pink choli with short sleeves and a yellow dupatta around"
            " her neck and the lehenga has a",
            "cut",
            hit_limit=True,
        ),
        title="Aarika Girls Yellow Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a white chiffon saree printed with red and blue flowers, blue border, blue blouse; white
    # backdrop; three-quarter view. The seller left the color empty. Caption: base model; answers: VQA adapter.
    case(
        "X933-014",
        caption("a woman in a floral print saree"),
        color_of("saree", "white"),
        color_of("blouse", "blue", kind="open"),
        color_of("border", "blue", kind="open"),
        Q.pattern("floral"),
        details(
            "saree",
            "red and blue flowers on a white background with a lace trim and buttons on the pallu",
            "unsupported",
        ),
        wearing("floral", "non_answer"),
        title="Saree mall Women Floral Printed Chiffon Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: woman in a silver-grey tissue saree with a silver border, black blouse; white backdrop; full-length
    # front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-015",
        caption("a woman in a silver saree and a black blouse"),
        color_of("saree", "grey"),
        color_of("blouse", "grey", "other_garment_color", kind="open"),
        color_of("border", "silver", kind="open"),
        Q.material("cotton", "unsupported"),
        wearing("a grey dress", "contradiction"),
        title="Ishin Women Grey Tissue Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in a red bridal lehenga with heavy gold zardozi, red choli, red dupatta with a gold border drawn
    # over her head; white backdrop; full-length front view, no one else in the frame. Caption: base model; answers:
    # VQA adapter.
    case(
        "X933-016",
        caption("a bride in a red lehenga standing next to a man", "unsupported"),
        color_of("lehenga", "red"),
        color_of("choli", "pink", "contradiction", kind="open"),
        color_of("dupatta", "red with a gold border", kind="open"),
        wearing("she is wearing a red lehenga with gold embroidery and a red dupatta over her head", who="she"),
        describe(
            "lehenga",
            "a red lehenga with gold embroidery, a red choli with gold embroidery, a red dupatta with gold embroidery,"
            " a red",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("lehenga choli"),
        title="Inddus Women Red Bridal Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a purple silk saree with a wide parrot green border and green pallu, green blouse; white
    # backdrop; three-quarter view. Caption: base model; answers: VQA adapter.
    case(
        "X933-017",
        caption("a woman in a purple and green saree"),
        color_of("saree", "green", "other_garment_color"),
        color_of("blouse", "green", kind="open"),
        color_of("border", "green", kind="open"),
        color_of("pallu", "green", kind="open"),
        wearing("a saree"),
        describe("saree", "it is a saree", "non_answer"),
        details(
            "saree",
            "the border, the pallu, the border, the pallu, the border, the pallu, the border, the pallu, the border,"
            " the pallu, the",
            "loop",
            hit_limit=True,
        ),
        title="Kalini Women Purple Art Silk Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: woman in a beige linen saree with a black triangle block print and a black border, black blouse; empty
    # hands; white backdrop; full-length front view. The row lacks the gender. Caption: base model; answers: VQA
    # adapter.
    case(
        "X933-018",
        caption("a woman in a beige saree holding a black umbrella", "unsupported"),
        color_of("saree", "beige"),
        color_of("blouse", "beige", "other_garment_color", kind="open"),
        Q.pattern("geometric"),
        Q.material("linen"),
        details("saree", "black block print triangles and a black border"),
        title="Fabindia Women Beige Block Print Linen Saree",
        category="Sarees",
        color="Beige",
    ),
    # photo: woman in a navy blue lehenga with silver embroidery, peach choli, peach dupatta; white backdrop;
    # full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-019",
        caption("a woman in a blue and pink lehenga"),
        color_of("lehenga", "black", "contradiction"),
        color_of("choli", "blue", "other_garment_color", kind="open"),
        color_of("dupatta", "peach", kind="open"),
        wearing(
            "Question: What is the woman wearing? Answer: a blue lehenga Question: What is the color of the lehenga?"
            " Answer: blue",
            "leak",
            who="the woman",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        details("lehenga", "silver embroidery with pockets on both sides", "unsupported"),
        title="Chhabra 555 Women Navy Blue & Peach Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a lemon yellow organza saree with a pink border embroidered with pink flowers, yellow blouse;
    # white backdrop; front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-020",
        caption("a woman in a yellow saree with pink flowers"),
        color_of("saree", "yellow"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        color_of("border", "pink", kind="open"),
        describe("saree", "a yellow organza saree with pink flowers embroidered on the border"),
        wearing("yes", "non_answer"),
        Q.material("organza"),
        title="Mitera Women Yellow Embroidered Organza Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: woman in a black and white vertical-striped cotton saree with a red border, red blouse, no tassels on
    # the pallu; white backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-021",
        caption("a woman in a black and white striped saree"),
        color_of("saree", "black"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        color_of("border", "red", kind="open"),
        Q.pattern("striped"),
        details(
            "saree", "black and white stripes with a red border and a red tassel at the end of the pallu", "unsupported"
        ),
        wearing("a black and white saree with a white blouse", "other_garment_color"),
        title="Jashn Women Black Striped Cotton Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a pink lehenga printed with green leaves and small flowers, plain green choli, pink dupatta;
    # white backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-022",
        caption("a woman in a pink floral skirt and a green top"),
        color_of("lehenga", "green", "other_garment_color"),
        color_of("choli", "green", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        wearing(
            "a pink lehenga and a green choli and a pink dupatta and a pink lehenga and a green choli and a pink",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.garment_type("skirt", "contradiction"),
        details("lehenga", "green leaves and pink flowers with buttons down the front", "unsupported"),
        title="Inddus Women Pink Floral Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a dark green Kanjivaram silk saree with a wide magenta border with gold zari, magenta pallu,
    # magenta blouse; white backdrop; three-quarter view. Caption: base model; answers: VQA adapter.
    case(
        "X933-023",
        caption("a woman in a green and pink saree"),
        color_of("saree", "green"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        color_of("border", "magenta", kind="open"),
        describe(
            "saree",
            "a green silk saree with a wide pink border with gold zari and a pink pallu with gold zari stripes and a"
            " matching pink blouse with",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk"),
        wearing(
            "a green saree Question: What is the color of the border? Answer: pink Question: What is the color of the"
            " blouse? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Kanjivaram Women Green Pure Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a white cotton saree with an indigo blue dabu floral block print and a blue border, white
    # blouse; white backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-024",
        caption("a woman in a white and blue saree"),
        color_of("saree", "white"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        color_of("border", "blue", kind="open"),
        wearing("he is wearing a white saree with a blue border", "pronoun", who="she"),
        Q.material("cotton"),
        Q.pattern("striped", "contradiction"),
        title="Jaipur Kurti Women White Dabu Printed Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: woman in a gold tissue lehenga, off-white choli with gold work, gold dupatta; the lehenga's flare hides
    # her feet; white backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-025",
        caption("a woman in a gold lehenga"),
        color_of("lehenga", "gold"),
        color_of("choli", "white", kind="open"),
        color_of(
            "dupatta",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold"
            " gold gold gold gold gold gold gold gold gold",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("lehenga choli"),
        wearing("a gold lehenga and a white choli and a gold dupatta and she is wearing high heels", "unsupported"),
        details("lehenga", "no", "non_answer"),
        title="Inddus Women Gold Toned Tissue Lehenga Choli",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
    # photo: woman in a rust orange cotton silk saree with small gold butis, olive green border and olive green
    # blouse; white backdrop; three-quarter view. Caption: base model; answers: VQA adapter.
    case(
        "X933-026",
        caption("a woman in an orange saree with a green blouse"),
        color_of("saree", "rust"),
        color_of("blouse", "purple", "contradiction", kind="open"),
        color_of("border", "green", kind="open"),
        wearing("a orange saree with a green border and a green blouse and a brown leather belt", "unsupported"),
        details("saree", "gold dots all over the saree"),
        Q.pattern("checked", "contradiction"),
        title="Satrani Women Rust Cotton Silk Saree",
        category="Sarees",
        color="Rust",
        gender="Women",
    ),
    # photo: girl of about eight in a purple lehenga with a gold border, purple choli, orange dupatta; white
    # backdrop; full-length front view. The row lacks the category. Caption: base model; answers: VQA adapter.
    case(
        "X933-027",
        caption("a young girl in a purple and orange outfit"),
        color_of("lehenga", "purple"),
        color_of(
            "choli",
            "purple Question: What is the color of the dupatta? Answer: purple Question: What is the color of the"
            " lehenga? Answer: purple",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "purple", "other_garment_color", kind="open"),
        wearing("he is wearing a purple lehenga", "pronoun", who="the girl"),
        is_a("lehenga", "yes"),
        title="Aarika Girls Purple & Orange Lehenga Choli with Dupatta",
        color="Purple",
        gender="Girls",
    ),
    # photo: woman in a sky blue chiffon saree with a white embroidered border, white sleeveless blouse; white
    # backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-028",
        caption("a woman in a blue saree with a white blouse"),
        color_of("saree", "blue"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        color_of("border", "white", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe(
            "saree",
            "a light blue chiffon saree with white embroidery along the border and the pallu, worn with a white"
            " sleeveless blouse and the pleats are tucked in at the",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a blue saree", "pronoun"),
        title="Mitera Women Blue Embroidered Chiffon Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a maroon and yellow leheriya georgette saree (diagonal wave stripes), maroon border, pallu over
    # the left shoulder, yellow blouse, gold earrings; white backdrop; front view. Caption: base model; answers:
    # VQA adapter.
    case(
        "X933-029",
        caption("a woman in a red and yellow striped saree"),
        color_of("saree", "maroon"),
        color_of("blouse", "maroon", "other_garment_color", kind="open"),
        Q.pattern("checked", "contradiction"),
        wearing(
            "a maroon and yellow leheriya saree with a yellow blouse and a maroon border and gold earrings and the"
            " pallu is draped over her left",
            "cut",
            hit_limit=True,
        ),
        color_of("border", "maroon", kind="open"),
        title="Sareez Women Maroon Leheriya Georgette Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a black silk-blend lehenga with red, green and yellow thread embroidery, red choli, red
    # dupatta; white backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-030",
        caption("a woman in a black and red lehenga"),
        color_of("lehenga", "black"),
        color_of("choli", "red", kind="open"),
        color_of("dupatta", "black", "other_garment_color", kind="open"),
        details("lehenga", "the lehenga details are the lehenga details", "restated"),
        Q.material("cotton", "unsupported"),
        title="Chhabra 555 Women Black Silk Blend Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a white Bengali cotton saree with a broad red border (laal paar), red blouse, red and white
    # bangles; white backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-031",
        caption("a woman in a red saree", "other_garment_color"),
        color_of("saree", "white"),
        color_of("blouse", "red", kind="open"),
        color_of("border", "red", kind="open"),
        wearing("a white saree with a red border and a red blouse and red bangles", who="the woman"),
        is_a("saree", "yes"),
        describe("saree", "white", "non_answer"),
        title="Bengal Handloom Women White Cotton Saree with Red Border",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: woman in a lavender net saree with silver sequin work along the border, lavender blouse, no slit or
    # zipper visible; white backdrop; front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-032",
        caption("a woman in a purple saree with silver sequins"),
        color_of("saree", "lavender"),
        color_of("blouse", "pink", "contradiction", kind="open"),
        color_of("border", "silver", kind="open"),
        describe(
            "saree",
            "a lavender saree with silver sequins and a matching blouse, with a slit on the side and a zipper at the"
            " back",
            "unsupported",
        ),
        title="Ishin Women Lavender Embellished Net Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in an all-peach lehenga set: peach lehenga with gold sequins, peach choli, peach dupatta; white
    # backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-033",
        caption("a woman in a peach lehenga"),
        color_of("lehenga", "peach"),
        color_of("choli", "peach", kind="open"),
        color_of("dupatta", "peach", kind="open"),
        wearing(
            "a lehenga Question: What is the color of the lehenga? Answer: peach Question: What is the color of the"
            " choli? Answer:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        details("lehenga", "gold sequins all over the lehenga"),
        is_a("dress", "yes", "contradiction"),
        title="Inddus Women Peach Sequinned Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in a bright pink art silk saree with a wide orange border, orange blouse; white backdrop;
    # three-quarter view. Caption: base model; answers: VQA adapter.
    case(
        "X933-034",
        caption("a woman in a pink and orange saree"),
        color_of("saree", "orange", "other_garment_color"),
        color_of("blouse", "orange", kind="open"),
        color_of(
            "border",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange"
            " orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a pink saree with an orange border"),
        Q.material("silk"),
        title="Kalini Women Pink Art Silk Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a sea green lehenga with a silver gota border, pink choli, pink dupatta; hands empty; white
    # backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-035",
        caption("a woman in a green lehenga and a pink top"),
        color_of("lehenga", "sea green"),
        color_of("choli", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        wearing(
            "the woman is wearing a green lehenga with a pink choli and a pink dupatta and she is holding a bouquet of"
            " flowers",
            "unsupported",
            who="the woman",
        ),
        Q.garment_type("saree", "contradiction"),
        details("lehenga", "silver gota patti border on the lehenga and the dupatta"),
        title="Chhabra 555 Women Sea Green Gota Work Lehenga Choli",
        category="Lehenga Choli",
        color="Sea Green",
        gender="Women",
    ),
    # photo: woman in a coffee brown chanderi cotton saree with a gold border, brown blouse; white backdrop;
    # full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-036",
        caption("a woman in a black saree", "contradiction"),
        color_of("saree", "brown"),
        color_of("blouse", "black", "contradiction", kind="open"),
        color_of("border", "gold", kind="open"),
        Q.material("cotton"),
        describe(
            "saree",
            "a brown saree with a gold border and the pallu is draped over the shoulder and the blouse is brown and"
            " the saree is brown and the",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Women Coffee Brown Chanderi Cotton Saree",
        category="Sarees",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: woman in a navy blue digital-print saree with a multicolour paisley print, red blouse; white backdrop;
    # three-quarter view. Caption: base model; answers: VQA adapter.
    case(
        "X933-037",
        caption("a woman in a blue paisley print saree"),
        color_of("saree", "navy blue"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        Q.pattern("paisley"),
        wearing(
            "a saree with a red blouse and a red saree and a red saree and a red saree and a red saree and a red",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.material("the garment is made of the material of the garment", "restated"),
        title="Saree mall Women Navy Blue Paisley Printed Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl of about five in a pink lehenga with a silver border, pink choli, ruffled pink dupatta; white
    # backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-038",
        caption("a little girl in a pink lehenga"),
        color_of("lehenga", "pink"),
        color_of("choli", "pink", kind="open"),
        color_of("dupatta", "white", "contradiction", kind="open"),
        wearing("a pink lehenga with a silver border and a pink dupatta", who="the girl"),
        is_a("saree", "yes", "contradiction"),
        details(
            "lehenga",
            "a silver border at the hem of the lehenga and a ruffled pink dupatta with a silver border and a pink"
            " choli with a silver",
            "cut",
            hit_limit=True,
        ),
        title="Aarika Girls Pink Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman standing in an olive green tussar saree with a kalamkari printed border of maroon and mustard
    # flowers (no animals), maroon blouse; white backdrop; full-length front view. Caption: base model; answers: VQA
    # adapter.
    case(
        "X933-039",
        caption("a woman in a green saree sitting on a chair", "unsupported"),
        color_of("saree", "olive"),
        color_of("blouse", "maroon", kind="open"),
        color_of("border", "maroon and yellow", kind="open"),
        color_of(
            "pallu",
            "maroon and yellow and maroon and yellow and maroon and yellow and maroon and yellow and maroon and yellow"
            " and maroon and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("saree", "a kalamkari border with elephants and peacocks on the pallu", "unsupported"),
        wearing("a saree with a blouse"),
        Q.garment_type("saree"),
        title="Jashn Women Olive Tussar Kalamkari Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a turquoise blue georgette saree with small mirror work all over and a silver border, white
    # short-sleeved blouse; white backdrop; front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-040",
        caption("a woman in a turquoise saree"),
        color_of("saree", "turquoise"),
        color_of("blouse", "red", "contradiction", kind="open"),
        color_of("border", "silver", kind="open"),
        wearing("a blue saree with mirror work"),
        describe(
            "saree",
            "a turquoise blue saree with small mirrors all over and a silver border, the blouse is white with short"
            " sleeves and the pleats are",
            "cut",
            hit_limit=True,
        ),
        title="Sareez Women Turquoise Blue Mirror Work Georgette Saree",
        category="Sarees",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: woman in a yellow lehenga with an orange border, orange choli, yellow dupatta with orange gota edging;
    # white backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-041",
        caption("a woman in a yellow and orange lehenga"),
        color_of("lehenga", "yellow"),
        color_of("choli", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "yellow with an orange border", kind="open"),
        wearing("she is wearing a yellow lehenga", who="she"),
        details("choli", "yes", "non_answer"),
        describe(
            "lehenga",
            "a yellow lehenga with an orange border and gota work and a yellow dupatta, the choli is orange with short"
            " sleeves and the lehenga has",
            "cut",
            hit_limit=True,
        ),
        title="Inddus Women Yellow & Orange Haldi Lehenga Choli",
        category="Lehenga Choli",
        color="Yellow",
        gender="Women",
    ),
    # photo: woman in a dusty pink organza saree with a digital floral print, dusty pink blouse, small stud earrings
    # only (no necklace, no watch); white backdrop; front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-042",
        caption("a woman in a pink floral saree"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", kind="open"),
        Q.pattern("floral"),
        color_of("border", "pure color", "non_answer", kind="open"),
        wearing("a saree and a pink blouse and a necklace and a watch", "unsupported"),
        describe("saree", "a description of the saree is a saree with a description", "restated"),
        title="Mitera Women Pink Floral Printed Organza Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a white georgette lehenga with multicolour thread embroidery, white choli, pink and green
    # shaded dupatta; white backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-043",
        caption("a woman in a white lehenga with a red dupatta", "contradiction"),
        color_of("lehenga", "white"),
        color_of("choli", "white", kind="open"),
        color_of("dupatta", "pink and green", kind="open"),
        wearing(
            "a white lehenga choli with a pink and green dupatta Question: What is the color of the dupatta? Answer:"
            " pink",
            "leak",
            who="the woman",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Chhabra 555 Women White Embroidered Georgette Lehenga Choli",
        category="Lehenga Choli",
        color="White",
        gender="Women",
    ),
    # photo: woman in a burgundy silk saree with a gold zari border, burgundy blouse, gold necklace, holding a gold
    # potli bag; white backdrop; three-quarter view. Caption: base model; answers: VQA adapter.
    case(
        "X933-044",
        caption("a woman in a maroon saree holding a bag"),
        color_of("saree", "burgundy"),
        color_of("blouse", "burgundy", kind="open"),
        color_of(
            "border",
            "gold Question: What is the color of the blouse? Answer: maroon Question: What is the color of the saree?"
            " Answer: maroon Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        wearing("his saree is maroon and he is wearing a gold necklace", "pronoun", who="she"),
        is_a("lehenga", "yes", "contradiction"),
        title="Kalini Women Burgundy Silk Saree",
        category="Sarees",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in a sky blue lehenga printed with pink and white flowers, white crop-top choli, sky blue
    # dupatta; white backdrop; full-length front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-045",
        caption("a woman in a blue floral skirt and a white crop top"),
        color_of("lehenga", "blue"),
        color_of("choli", "blue", "other_garment_color", kind="open"),
        color_of("dupatta", "blue", kind="open"),
        Q.pattern("floral"),
        describe(
            "lehenga",
            "a blue lehenga with pink and white flowers, a white choli and a blue dupatta with a pink border and the"
            " lehenga has a flared",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        details("choli", "the details of the choli are the choli details", "restated"),
        title="Inddus Women Blue Floral Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a red bandhani georgette saree with white tie-dye dots, green border, green blouse; white
    # backdrop; front view. Caption: base model; answers: VQA adapter.
    case(
        "X933-046",
        caption("a woman in a red and green saree"),
        color_of("saree", "red"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        color_of("border", "green", kind="open"),
        Q.pattern("printed"),
        wearing(
            "a red saree with white dots and a green border Question: What is the color of the saree? Answer: red"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        is_a("saree", "no", "contradiction"),
        title="Jashn Women Red Bandhani Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
]
