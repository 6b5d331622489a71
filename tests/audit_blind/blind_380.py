"""BLIND_380 (46 products; women's sarees, lehengas, kurta and sharara sets, dupattas on an Indian marketplace): written
blind in the forty-fifth session. Measured blind at 00e4e2c (the session's rules as they stood): 108/139 failures
found (77.7%) and 10/172 correct texts flagged (5.8%). The writer's notes, verbatim:

Scenario: one night's run drawn at random from an Indian marketplace's women's ethnic wear catalog, all model shots:
printed and silk sarees worn with their blouses (Banarasi, Kanjeevaram, Patola, georgette, chiffon, organza, cotton),
lehenga cholis with their dupattas, kurta sets (kurta, pants or palazzos, dupatta), sharara sets, an anarkali gown,
and dupattas sold alone but shot on a model in a plain kurta. Many outfits are in two or three colors (a teal saree
with a magenta border and magenta blouse, a mustard lehenga with a pink dupatta), many carry gold zari, mirror work,
sequins or prints, and several are shot against colored walls, floral props or gardens. Each row has the seller's
title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: the default questionnaire's open questions (wearing, description, details, material) and the set's
own open questions (the saree border, the work on the garment) come from the untuned base `Salesforce/blip2-opt-2.7b`,
which writes short lowercase texts and stops on its own (never hit_limit). Some captions, and a few details or material
answers, come from the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The lady
wears a ..."), which has no end token: its texts run to the 50- or 30-token limit (hit_limit=True) and it returns the
caption template to any question; the comment above each case says which texts it wrote. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece colors of saree, blouse, lehenga, dupatta, kurta, pants
and sharara, and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets:
never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, wine or bridal red; yellow for mustard or haldi;
  pink for rani pink, fuchsia, magenta, peach or coral (the base model calls peach and coral pink); purple for
  lavender, lilac or wine-purple; green for teal green, bottle green, olive, mint, sea green or emerald; blue for navy,
  indigo, teal blue or powder blue; white or cream for off white, ivory or beige; grey for silver; orange for rust.
  Gold for a gold tissue saree (seller color Gold) is correct; gold for a red, maroon or green garment whose border or
  embroidery is gold is contradiction (the trim given as the garment's color).
- The color of another piece of the outfit (the blouse, the dupatta, the pants, the contrast border) given to the
  product or to the piece asked about is other_garment_color. A color no piece in the photo has is contradiction.
  Where the seller sells only the dupatta, the kurta under it is another garment: "white" for the dupatta's color is
  other_garment_color.
- Garment words: saree and sari are the same; "lehenga", "skirt" and "long skirt" are correct for a lehenga, "top",
  "blouse", "crop top" and "choli" for the choli, "scarf" and "shawl" for a dupatta, "top" or "shirt" for a kurta,
  "pants", "trousers" and "palazzo" for pants, "pants" or "skirt" for a sharara's flared legs, "dress" and "gown" for
  the anarkali gown sold as an ethnic dress. A saree called a "dress", or "a top and a long skirt", is contradiction
  (the adapter's template has no saree and does both; the misnaming is what the auditor sees first, hit_limit kept).
  A kurta set called "a dress" is contradiction. garment_type "dress" for a saree or a lehenga is contradiction.
- Materials: one the title names is correct (silk for Banarasi, Kanjeevaram, Patola and Paithani, velvet, organza,
  net, chiffon, cotton, linen, satin); chiffon for georgette is correct (they look alike), and so is "silk" for a satin
  saree's sheen only when the title says silk; silk for a georgette, crepe, cotton or net piece is unsupported, and so
  is cotton for a plainly sequinned net lehenga. A plausible "cotton" on a printed cotton-look kurta with no fabric in
  the title is correct.
- Invented items not in the photo (a necklace, a maang tikka, bangles, a clutch, a belt, mirror work, a gold border on
  a plain-edged saree, sequins on a printed saree) are unsupported. Jewelry the photo comment names is correct.
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without repeating
  is cut; the template returned for the material question is restated (even where it names a fabric). Where the
  adapter's template calls a saree a dress, or a kurta set a dress, the misnaming is labelled contradiction first.
  The template answering "What is the person wearing?", "Describe the garment." or the details question does answer
  it, so those are cut or loop unless the garment is misnamed.
- A base answer that stops short ("it is made of", "a red saree with a") is cut, without hit_limit. An empty answer,
  "the details of the saree", "it has details" and "it is a garment" are non_answer. A material question answered with
  the garment and its color ("a pink saree"), or a question echoed back, is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" or "a man" for the woman in the photo is pronoun.
- Patterns: "polka dots" for bandhani dots, "striped" for leheriya waves and "checked" for a kota doria weave are
  correct; "printed" for any printed saree is correct. A wall's or backdrop's color given to a piece (a blue wall,
  a red brick wall, a dark blue backdrop) is contradiction. A per-piece question about a piece the photo does not
  have (the dupatta of a lehenga shot without one), answered with the color of another piece, is other_garment_color.
- The adapter's "tank top" for a sleeveless blouse or choli and "shirt" for a choli or kurta are correct words; its
  invented fabrics ("knitting" for velvet) sit inside texts already labelled loop, cut or restated.
- The reference engine's wrong closed answers are contradiction (floral for a geometric Patola, solid for a printed
  saree, long sleeves for elbow sleeves, no to "Is this a saree?" on a saree), except where the color it gives is the
  one of another piece in the photo (other_garment_color). Sleeve length is the blouse's, choli's or kurta's.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_saree = question("color_saree", "What is the color of the saree?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
color_lehenga = question("color_lehenga", "What is the color of the lehenga?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_sharara = question("color_sharara", "What is the color of the sharara?", "closed")
border = question("border", "What is the border of the saree?", "open")
work = question("work", "What work is on the garment?", "open")

BLIND_380 = [
    # photo: model in a red Banarasi silk saree with a broad gold zari border, red elbow-sleeve blouse, gold jhumka
    # earrings, no necklace; plain beige studio backdrop, front view, full length.
    # all base / reference
    case(
        "X380-001",
        caption("a woman in a red saree with gold border"),
        D.wearing("a red saree Question: what is the color of the blouse? Answer: red", "leak"),
        D.color("red"),
        D.material("silk"),
        border("gold"),
        D.details("the saree has a gold border and a gold necklace", "unsupported"),
        is_a("saree", "yes"),
        title="Women Red Woven Design Banarasi Silk Saree with Blouse Piece",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy blue georgette saree with a small white and pink floral print, navy short-sleeve
    # blouse; white wall, front view.
    # caption, details: adapter
    case(
        "X380-002",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue saree with flowers"),
        D.color("blue"),
        D.pattern("floral"),
        D.description(
            "a blue saree with pink and white flowers and a pink blouse",
            "contradiction",
        ),
        D.material("silk", "unsupported"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a V-shape neckline. The dress is with "
            "chiffon fabric and floral",
            "contradiction",
            hit_limit=True,
        ),
        title="Navy Blue Floral Printed Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow lehenga with mirror work, matching mustard short-sleeve choli, rani pink
    # dupatta over one shoulder; garden with trees behind, front view.
    # details: adapter
    case(
        "X380-003",
        caption("a woman in a yellow lehenga with a pink dupatta"),
        D.wearing("a yellow and pink lehenga"),
        color_lehenga("yellow"),
        color_dupatta("pink"),
        D.color("pink", "other_garment_color"),
        D.details(
            "The skirt is with cotton fabric and graphic patterns. The skirt is with cotton fabric and graphic "
            "patterns. The skirt",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "a yellow lehenga with a pink dupatta and a pink blouse",
            "other_garment_color",
        ),
        is_a("lehenga", "yes"),
        title="Mustard Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a green printed cotton straight kurta with three-quarter sleeves, white palazzo pants, green
    # dupatta with white print; plain white backdrop, front view.
    # details: adapter
    case(
        "X380-004",
        caption("a woman in a green kurta and white pants"),
        D.wearing("a green kurta and green pants", "other_garment_color"),
        color_kurta("green"),
        color_pants("green", "other_garment_color"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("cotton"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a round neckline. The shirt is with "
            "cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.description("he is wearing a green kurta with a white print", "pronoun"),
        title="Women Green Printed Pure Cotton Kurta with Palazzos and Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a maroon velvet lehenga with heavy gold embroidery, maroon blouse, maroon net dupatta;
    # dark studio backdrop with a soft light, front view.
    # all base / reference
    case(
        "X380-005",
        caption("a woman in a red and gold lehenga"),
        D.wearing(
            "a red lehenga Question: what is the color of the dupatta? Answer: red",
            "leak",
        ),
        D.color("gold", "contradiction"),
        D.material("velvet"),
        is_a("dress", "yes", "contradiction"),
        D.details("gold embroidery on the skirt and the blouse"),
        title="Maroon Embroidered Velvet Bridal Lehenga Choli with Net Dupatta",
        category="Lehenga Cholis",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a pink chiffon saree with silver sequins scattered over it, pink sleeveless blouse; plain grey
    # backdrop, front view.
    # caption, details: adapter
    case(
        "X380-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a V-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink saree"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        work("sequins"),
        D.details(
            "The tank top is with chiffon fabric and pure color patterns. It has a V-shape neckline. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.description("a pink saree with silver sequins and a silver necklace", "unsupported"),
        D.material("chiffon"),
        title="Pink Sequinned Chiffon Saree with Sleeveless Blouse",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an off-white chikankari cotton straight kurta with white thread embroidery, off-white pants,
    # no dupatta; pale blue wall behind, front view.
    # all base / reference
    case(
        "X380-007",
        caption("a woman in a white kurta standing in front of a blue wall"),
        D.wearing("a white kurta and pants"),
        D.color("cream"),
        color_pants("blue", "contradiction"),
        D.details("white embroidery on the front"),
        D.material("cotton"),
        D.description("a white kurta with embroidery and a blue", "cut"),
        title="Off White Chikankari Embroidered Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a teal blue Kanjeevaram silk saree with a broad magenta zari border and a magenta short-sleeve
    # blouse, gold temple necklace and earrings; beige backdrop, front view.
    # all base / reference
    case(
        "X380-008",
        caption("a woman in a blue saree with a pink border"),
        D.wearing("a pink saree", "other_garment_color"),
        color_saree("pink", "other_garment_color"),
        color_blouse("pink"),
        border("pink and gold"),
        D.material("silk"),
        D.description("he is wearing a blue saree with a pink border", "pronoun"),
        D.details("zari work on the border and the pallu"),
        title="Teal Blue Kanjeevaram Silk Saree with Contrast Magenta Border",
        category="Sarees",
        color="Teal Blue",
        gender="Women",
    ),
    # photo: model in a peach net lehenga with tonal sequins, peach sleeveless choli, peach net dupatta draped from
    # the shoulder; white studio backdrop, front view.
    # caption, details: adapter
    case(
        "X380-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink dress", "contradiction"),
        color_lehenga("pink"),
        D.details(
            "The skirt is with chiffon fabric and pure color patterns. The skirt is with chiffon fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton", "unsupported"),
        title="Peach Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black georgette short kurta with gold embroidery at the yoke, black sharara pants, black net
    # dupatta with gold border; white wall with a brass lamp, front view.
    # material: adapter
    case(
        "X380-010",
        caption("a woman in a black and gold outfit"),
        D.wearing("a black kurta and black pants with a gold necklace", "unsupported"),
        color_kurta("black"),
        color_sharara("black"),
        D.description("a black dress with gold embroidery", "contradiction"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        work("gold embroidery and mirror work", "unsupported"),
        title="Women Black Embroidered Georgette Kurta with Sharara and Dupatta",
        category="Sharara Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a yellow cotton saree printed with small white flowers, white short-sleeve blouse; yellow wall
    # behind, marigold garlands hanging at the side, front view.
    # all base / reference
    case(
        "X380-011",
        caption("a woman in a yellow saree standing next to a yellow wall with flowers"),
        D.wearing("a yellow saree"),
        color_saree("yellow"),
        color_blouse("yellow", "other_garment_color"),
        D.pattern("floral"),
        D.details("", "non_answer"),
        D.material("a yellow saree", "restated"),
        title="Yellow Floral Print Pure Cotton Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a lavender organza saree with pink and green floral embroidery, lavender sleeveless blouse;
    # pink wall behind, front view.
    # all base / reference
    case(
        "X380-012",
        caption("a woman in a purple saree posing in front of a pink wall"),
        D.wearing("a purple saree"),
        D.color("pink", "contradiction"),
        D.material("organza"),
        D.description(
            "a purple saree with flowers on it, flowers on it, flowers on it, flowers on it",
            "loop",
        ),
        D.details(
            "flowers embroidered on the saree Question: what is the color of the saree? Answer: purple",
            "leak",
        ),
        D.sleeve_length("sleeveless"),
        title="Lavender Floral Embroidered Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a plain white cotton kurta and white pants, wearing a rani pink bandhani dupatta (the product)
    # over both shoulders; grey backdrop, front view.
    # all base / reference
    case(
        "X380-013",
        caption("a woman in a white kurta with a pink scarf"),
        D.wearing("a white dress and a pink scarf", "contradiction"),
        color_dupatta("pink"),
        D.color("white", "other_garment_color"),
        D.pattern("polka dots"),
        D.material("silk", "unsupported"),
        title="Rani Pink Bandhani Print Dupatta",
        category="Dupattas",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an indigo blue block printed cotton kurta with white motifs, indigo pants, white dupatta with
    # blue print; plain white backdrop, front view.
    # details: adapter
    case(
        "X380-014",
        caption("a woman wearing a blue and white kurta"),
        D.wearing("he is wearing a blue kurta and pants", "pronoun"),
        color_kurta("blue"),
        color_dupatta("blue", "other_garment_color"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a round neckline. The pants are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.description(
            "a blue kurta with white prints Question: what is the color of the dupatta? Answer: white",
            "leak",
        ),
        title="Indigo Blue Block Print Cotton Kurta Set with Dupatta",
        category="Kurta Sets",
        color="Indigo",
        gender="Women",
    ),
    # photo: model in a wine satin saree with a plain edge, black sleeveless blouse; dark grey backdrop, front view.
    # all base / reference
    case(
        "X380-015",
        caption("a woman in a red saree and black blouse"),
        D.wearing("a black saree", "other_garment_color"),
        D.color("black", "other_garment_color"),
        color_blouse("black"),
        D.material("satin"),
        D.sleeve_length("short sleeves", "contradiction"),
        border("gold", "unsupported"),
        title="Wine Solid Satin Saree with Black Blouse Piece",
        category="Sarees",
        color="Wine",
        gender="Women",
    ),
    # photo: model in a bottle green velvet anarkali kurta with gold embroidery at the neck, long sleeves, green
    # churidar, no dupatta; cream backdrop, front view.
    # details: adapter
    case(
        "X380-016",
        caption("a woman in a green velvet outfit"),
        D.wearing("a green dress", "contradiction"),
        color_kurta("green"),
        D.sleeve_length("long sleeves"),
        D.material("velvet"),
        D.details(
            "The shirt is with knitting fabric and pure color patterns. The shirt is with knitting fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.description("a green kurta with gold embroidery on the neck"),
        title="Bottle Green Embroidered Velvet Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white cotton Bengali saree with a broad red border, red short-sleeve blouse, red bindi;
    # plain white backdrop, front view.
    # caption: adapter
    case(
        "X380-017",
        caption(
            "The lady wears a short-sleeve dress with color block patterns. The dress is with cotton fabric. It has "
            "a round neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with color",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white saree with red border"),
        color_saree("red", "other_garment_color"),
        border("red"),
        D.details("red border on the saree and red bangles", "unsupported"),
        D.material("silk", "unsupported"),
        title="White Cotton Saree with Red Border Lal Paar",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: model in an orange and pink leheriya (diagonal wave stripes) georgette saree, orange blouse; outdoor
    # terrace with potted plants, front view.
    # all base / reference
    case(
        "X380-018",
        caption("a woman in an orange and pink striped saree"),
        D.wearing("an orange and pink saree"),
        D.pattern("striped"),
        D.color("orange"),
        D.details("what are the details of the garment", "restated"),
        D.material("silk", "unsupported"),
        D.description("", "non_answer"),
        title="Orange and Pink Leheriya Printed Georgette Saree",
        category="Sarees",
        color="Multicolor",
        gender="Women",
    ),
    # photo: model in a purple lehenga with silver gota patti work, purple short-sleeve choli, lilac net dupatta;
    # pale grey backdrop, front view.
    # details, material: adapter
    case(
        "X380-019",
        caption("a woman in a purple lehenga with silver work"),
        D.wearing(
            "a purple lehenga and a purple dupatta Question: what is the color of the choli? Answer: purple",
            "leak",
        ),
        color_lehenga("purple"),
        color_dupatta("purple"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a short-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        work("silver"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a round",
            "restated",
            hit_limit=True,
        ),
        title="Purple Gota Patti Lehenga Choli with Net Dupatta",
        category="Lehenga Cholis",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a sea green short kurta with mirror work, sea green sharara, sea green dupatta; white arch
    # backdrop with a potted palm, front view.
    # all base / reference
    case(
        "X380-020",
        caption("a woman in a green dress with mirror work", "contradiction"),
        D.wearing("a green kurta and skirt"),
        color_sharara("green"),
        D.color("green"),
        D.details("mirrors on the kurta and on the", "cut"),
        D.material("cotton"),
        D.description(
            "a green kurta with mirror work and a green skirt and a green necklace",
            "unsupported",
        ),
        title="Sea Green Mirror Work Kurta Sharara Set with Dupatta",
        category="Sharara Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a gold tissue saree with a thin gold border, gold elbow-sleeve blouse; cream backdrop, front
    # view.
    # all base / reference
    case(
        "X380-021",
        caption("a woman in a gold saree"),
        D.wearing("a gold saree"),
        D.color("gold"),
        color_blouse("gold"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("tissue"),
        border("red", "contradiction"),
        D.description("a gold saree with a gold blouse and gold jewelry", "unsupported"),
        title="Gold Toned Tissue Saree with Blouse Piece",
        category="Sarees",
        color="Gold",
        gender="Women",
    ),
    # photo: model in a grey printed rayon straight kurta with small black motifs, black pants; exposed brick wall
    # behind, front view.
    # all base / reference
    case(
        "X380-022",
        caption("a woman standing in front of a brick wall wearing a grey kurta"),
        D.wearing("a grey kurta and black pants"),
        color_kurta("grey"),
        color_pants("black"),
        D.material("it is made of fabric", "non_answer"),
        D.color("red", "contradiction"),
        D.description(
            "a grey kurta Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        title="Grey Printed Rayon Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a cream lehenga with a multicolor floral print, green short-sleeve choli, cream dupatta with
    # green border; white backdrop, front view.
    # description: adapter
    case(
        "X380-023",
        caption("a woman in a white and green floral lehenga"),
        D.wearing("a green top and a white skirt"),
        color_lehenga("green", "other_garment_color"),
        D.pattern("floral"),
        D.description(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.details("the details of the lehenga", "non_answer"),
        title="Cream Floral Printed Cotton Lehenga with Green Choli",
        category="Lehenga Cholis",
        color="Cream",
        gender="Women",
    ),
    # photo: bride-style model in a red net lehenga with heavy gold zari, red choli, red dupatta draped over the head,
    # maang tikka and choker; red curtain backdrop, front view.
    # caption: adapter
    case(
        "X380-024",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns. It",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red bridal lehenga"),
        D.color("red"),
        color_dupatta("red"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("gold embroidery and a maang tikka"),
        D.material("silk", "unsupported"),
        title="Red Zari Embroidered Net Bridal Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Red",
        gender="Women",
    ),
    # photo: model in a mint green chanderi straight kurta with white floral embroidery, white sharara, white dupatta;
    # light grey backdrop, front view.
    # all base / reference
    case(
        "X380-025",
        caption("a woman in a mint green kurta and white pants"),
        D.wearing("a green kurta and white sharara"),
        color_kurta("white", "other_garment_color"),
        color_sharara("white"),
        D.pattern("striped", "contradiction"),
        D.material("chanderi silk"),
        D.description("she is wearing a green kurta with white flowers and bangles", "unsupported"),
        title="Mint Green Embroidered Chanderi Kurta with Sharara and Dupatta",
        category="Sharara Sets",
        color="Mint Green",
    ),
    # photo: model in a black and white vertically striped cotton saree, black sleeveless blouse; plain white
    # backdrop, front view.
    # all base / reference
    case(
        "X380-026",
        caption("a woman in a black and white striped saree"),
        D.wearing("a black and white saree"),
        D.pattern("striped"),
        D.color("black"),
        D.material("a black and white saree", "restated"),
        D.sleeve_length("sleeveless"),
        D.description(
            "a black and white striped saree Question: is this a saree? Answer: yes",
            "leak",
        ),
        title="Black and White Striped Cotton Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: model in a magenta Paithani silk saree with a green and gold peacock pallu and green border, green
    # elbow-sleeve blouse; wooden door behind, front view.
    # all base / reference
    case(
        "X380-027",
        caption("a woman in a pink and green saree standing in front of a door"),
        D.wearing("a pink saree with a pink blouse", "other_garment_color"),
        color_saree("pink"),
        color_blouse("pink", "other_garment_color"),
        border("green and gold with peacocks"),
        D.details("peacock on the pallu"),
        D.material("silk"),
        title="Magenta Paithani Silk Saree with Peacock Pallu",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a beige linen saree with tassels at the pallu, beige short-sleeve blouse; white wall with a
    # cane chair, front view.
    # all base / reference
    case(
        "X380-028",
        caption("a woman in a white saree standing next to a chair"),
        D.wearing("a beige saree"),
        D.color("cream"),
        D.material("linen"),
        D.details("tassels"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a man in a white saree", "pronoun"),
        title="Beige Solid Linen Saree with Tassels",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a pink floral printed cotton kurta with three-quarter sleeves, pink pants, pink dupatta; white
    # backdrop, front view.
    # all base / reference
    case(
        "X380-029",
        caption("a woman in a pink floral kurta"),
        D.wearing("a pink kurta and pants and a dupatta"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("what material is the garment made of", "restated"),
        D.details("floral print on the kurta"),
        D.description(
            "a pink kurta with flowers Question: what is the material of the kurta? Answer: cotton",
            "leak",
        ),
        title="Pink Floral Printed Cotton Kurta Set with Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a maroon and mustard double ikat Patola silk saree with geometric motifs, maroon blouse; beige
    # backdrop, front view.
    # all base / reference
    case(
        "X380-030",
        caption("a woman in a red and yellow saree"),
        D.wearing("a red and yellow saree with a pattern"),
        D.pattern("floral", "contradiction"),
        D.color("red"),
        color_blouse("yellow", "other_garment_color"),
        D.material("silk"),
        D.description("a red saree with yellow patterns on it and a gold belt", "unsupported"),
        title="Maroon and Mustard Patola Silk Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in an ivory Lucknowi chikankari georgette saree with white thread work, ivory blouse; pastel
    # green wall, front view.
    # material: adapter
    case(
        "X380-031",
        caption("a woman in a white saree with embroidery"),
        D.wearing("he is wearing a white saree", "pronoun"),
        D.color("white"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline.",
            "restated",
            hit_limit=True,
        ),
        work("white thread embroidery"),
        D.details("the details of the saree are the details", "non_answer"),
        title="Ivory Chikankari Embroidered Georgette Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a fuchsia lehenga with silver sequins, fuchsia sleeveless crop top choli, no dupatta; white
    # backdrop, front view.
    # all base / reference
    case(
        "X380-032",
        caption("a woman in a pink crop top and a pink skirt"),
        D.wearing("a pink lehenga and a crop top"),
        D.garment_type("dress", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.color("pink"),
        D.description("a pink lehenga with silver, silver, silver, silver, silver, silver", "loop"),
        D.details("a pink dupatta", "unsupported"),
        title="Fuchsia Sequinned Lehenga with Crop Top",
        category="Lehenga Cholis",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a yellow cotton kurta, yellow pants and an orange dupatta; outdoor garden, sunlight, front view.
    # all base / reference
    case(
        "X380-033",
        caption("a woman in a yellow kurta in a garden"),
        D.wearing("a yellow kurta and an orange scarf"),
        color_kurta("orange", "other_garment_color"),
        color_dupatta("orange"),
        D.material("cotton"),
        D.pattern("floral", "contradiction"),
        D.description("a yellow kurta with orange, orange, orange, orange", "loop"),
        title="Yellow Solid Cotton Kurta with Pants and Orange Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in an olive green cotton kurta with a gold foil print, olive pants; cream backdrop, front view.
    # description: adapter
    case(
        "X380-034",
        caption("a woman wearing a green kurta with gold print"),
        D.wearing("a green kurta"),
        D.color("gold", "contradiction"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.details("gold print on the kurta and a gold belt", "unsupported"),
        title="Olive Green Foil Printed Cotton Kurta with Pants",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a plain cream kurta and cream pants, wearing a navy blue silk dupatta (the product) with a gold
    # border over one shoulder; grey backdrop, front view.
    # all base / reference
    case(
        "X380-035",
        caption("a woman in a white dress with a blue scarf", "contradiction"),
        D.wearing("a white kurta and a blue shawl"),
        color_dupatta("blue"),
        D.color("white", "other_garment_color"),
        D.material("silk"),
        D.details("the scarf has a gold border"),
        D.description(
            "a blue scarf with gold border, gold border, gold border, gold border",
            "loop",
        ),
        title="Navy Blue Silk Dupatta with Zari Border",
        category="Dupattas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a red georgette saree with white polka dots, red short-sleeve blouse; white backdrop, front view.
    # all base / reference
    case(
        "X380-036",
        caption("a woman in a red polka dot saree"),
        D.wearing("a white saree with red dots", "contradiction"),
        D.pattern("polka dots"),
        color_saree("white", "contradiction"),
        D.material("", "non_answer"),
        D.details(
            "white dots on the saree Question: what is the color of the blouse? Answer: red",
            "leak",
        ),
        title="Red and White Polka Dot Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a floor-length peach anarkali gown with gold embroidered yoke, long sheer sleeves, peach net
    # dupatta; pink wall behind with a floral arch, front view.
    # all base / reference
    case(
        "X380-037",
        caption("a woman in a pink gown standing in front of a flower arch"),
        D.wearing("a pink dress"),
        D.garment_type("dress"),
        D.color("pink"),
        D.sleeve_length("long sleeves"),
        D.details("gold embroidery on the top"),
        title="Peach Embroidered Anarkali Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a rust orange printed short kurta, rust sharara, rust dupatta with white print; white backdrop,
    # front view.
    # caption, details: adapter
    case(
        "X380-038",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("an orange kurta and pants"),
        color_sharara("orange"),
        D.details(
            "The dress is with cotton fabric and graphic patterns. It has a V-shape neckline. The dress is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("an orange kurta", "restated"),
        title="Rust Printed Rayon Kurta with Sharara and Dupatta",
        category="Sharara Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: model in an emerald green Kanjeevaram silk saree with a gold zari border, emerald blouse with elbow
    # sleeves, gold necklace; beige backdrop, front view.
    # caption, wearing, material: adapter
    case(
        "X380-039",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a ring on her finger. The lady wears a medium-sleeve dress with",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        color_saree("green"),
        D.material(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round",
            "restated",
            hit_limit=True,
        ),
        border("gold"),
        title="Emerald Green Kanjeevaram Pure Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a powder blue chiffon saree with ruffled edges, powder blue sleeveless blouse; white wall with
    # a potted plant, front view.
    # all base / reference
    case(
        "X380-040",
        caption("a woman in a blue ruffle saree"),
        D.wearing("a light blue saree"),
        D.color("white", "contradiction"),
        D.material("chiffon"),
        D.details("ruffles on the", "cut"),
        D.description("a blue saree with ruffles and a silver clutch", "unsupported"),
        title="Powder Blue Ruffled Chiffon Saree",
        category="Sarees",
        color="Powder Blue",
    ),
    # photo: model in a navy blue lehenga skirt with a multicolor floral print, white short-sleeve crop top, no
    # dupatta; plain light grey backdrop, front view.
    # all base / reference
    case(
        "X380-041",
        caption("a woman in a white top and a blue floral skirt"),
        D.wearing("a white crop top and a floral skirt"),
        color_lehenga("white", "other_garment_color"),
        D.pattern("floral"),
        color_dupatta("white", "other_garment_color"),
        D.material("cotton"),
        D.details("it has details", "non_answer"),
        title="Navy Blue Floral Printed Lehenga Skirt with White Top",
        category="Lehenga Cholis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a plain white kurta and white pants, with a multicolor phulkari embroidered dupatta (the
    # product, orange base with pink, green and yellow threadwork) over both shoulders; cream backdrop, front view.
    # all base / reference
    case(
        "X380-042",
        caption("a woman wearing a colorful scarf"),
        D.wearing("a white kurta and an orange scarf"),
        color_dupatta("orange"),
        D.color("white", "other_garment_color"),
        D.details("embroidery of flowers in pink and green and mirror work", "unsupported"),
        D.material("the scarf is made of the scarf", "non_answer"),
        title="Multicolour Phulkari Embroidered Dupatta",
        category="Dupattas",
        color="Multicolor",
        gender="Women",
    ),
    # photo: model in a pink kota doria cotton saree with a fine checked weave and a thin gold border, pink
    # short-sleeve blouse; white backdrop, front view.
    # all base / reference
    case(
        "X380-043",
        caption("a woman in a pink saree"),
        D.wearing("a pink saree with a gold border and gold bangles", "unsupported"),
        D.pattern("checked"),
        is_a("saree", "no", "contradiction"),
        D.material("cotton"),
        D.description(
            "a pink saree with gold border Question: what is the material of the saree? Answer:",
            "leak",
        ),
        title="Pink Checked Kota Doria Cotton Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a black straight kurta with maroon embroidery at the neck, maroon sharara, black dupatta;
    # dark wooden panelled wall, front view.
    # all base / reference
    case(
        "X380-044",
        caption("a woman in a black kurta and red pants"),
        D.wearing("a black kurta and red sharara"),
        color_kurta("black"),
        color_sharara("black", "other_garment_color"),
        D.color("red", "other_garment_color"),
        D.description("he is wearing a black kurta", "pronoun"),
        D.material("silk", "unsupported"),
        title="Women Black Kurta with Maroon Sharara and Dupatta",
        category="Sharara Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a coral pink printed crepe saree with a small white leaf print, coral blouse; white wall with a
    # framed painting behind, front view.
    # all base / reference
    case(
        "X380-045",
        caption("a woman in a pink dress standing in front of a painting", "contradiction"),
        D.wearing("a pink saree"),
        D.color("pink"),
        D.pattern("printed"),
        color_blouse("white", "contradiction"),
        D.details("sequins on the saree", "unsupported"),
        D.material("crepe"),
        title="Coral Printed Crepe Saree",
        category="Sarees",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a silver sequinned net lehenga, silver sleeveless choli, grey net dupatta; dark blue backdrop,
    # front view.
    # caption: adapter
    case(
        "X380-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a V-shape neckline. The lady wears a long skirt. The lady wears a sleeveless tank top with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a silver lehenga"),
        D.color("grey"),
        color_dupatta("blue", "contradiction"),
        D.material("net"),
        D.details(
            "silver sequins all over Question: what is the color of the lehenga? Answer: silver",
            "leak",
        ),
        title="Silver Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Silver",
        gender="Women",
    ),
]
