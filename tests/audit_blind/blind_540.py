"""BLIND_540 (46 products; women's ethnic night: kurta sets, anarkalis, sarees, lehenga cholis, ethnic gowns): written
blind in the fiftieth session. Measured blind at d15be79 (the session's rules as they stood): 92/120 failures found
(76.7%) and 10/151 correct texts flagged (6.6%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for a women's ethnic night: straight and A-line kurtas, kurta sets with
palazzos, trousers, churidars or shararas and dupattas, anarkalis, sarees worn with blouses, lehenga cholis and ethnic
gowns. The photos are model shots in full outfits, often with jewellery (jhumkas, bangles, a choker, a maang tikka),
on studio backdrops or against walls, doors, pillars, swings, flower walls and fairy lights. Each product has the
seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do. The
questionnaire is enrich's default one plus per-piece color questions (kurta, dupatta, bottoms, blouse), a yes/no
"Is this a ...?" on some items and, on a few, the set's own open question about the neckline.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
red saree ...") unless the comment names the caption adapter (epoch 1 or epoch 3 of the original experiments), which
writes the DeepFashion template ("The lady wears a long-sleeve top with pure color patterns. The top is with cotton
fabric ..."). The adapter never learned to stop, so every adapter text runs to its limit (50 new tokens for captions,
30 for answers) and carries hit_limit=True; asked a question, it returns its caption template. The open questions
(wearing, description, details, material, neckline) come from the base model unless the comment says the adapter
answered them; the base model stops on its own and never has hit_limit. The closed questions (garment_type, color,
pattern, sleeve_length, the per-piece colors and "Is this a ...?") are enrich's `--engine reference` answers, picked
from candidate sets with the VQA adapter: they never loop or get cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, indigo or teal; green for teal, mint, sea green,
  olive or bottle green; red for maroon, wine or rust-red; burgundy for wine; pink for magenta, peach, coral-pink or
  dusty pink; orange for rust or coral; yellow for mustard; purple for lavender, lilac or violet; white for off
  white, ivory or cream; gold for a gold tissue blouse.
- Garment synonyms are correct: top or tunic for a kurta; salwar kameez or suit for a kurta set; dress or gown for an
  anarkali or an ethnic gown; skirt or long skirt for a lehenga; scarf or shawl for a dupatta; leggings for a
  churidar; pants for palazzos, trousers or a sharara; outfit for any set. "Dress" for a straight kurta worn over
  pants, "dress" or "tank top and skirt" for a saree and "saree" for a lehenga are contradictions.
- A color of the backdrop or a prop (marigold wall, red door, garden, blue wall) given as the garment's color is a
  contradiction; so is the color of a border, print or embroidery given as a whole piece's color (gold for a red
  saree with a zari border). The color of another piece of the outfit (the dupatta's, the blouse's, the palazzos',
  the jacket's) given to the asked piece is other_garment_color, also for a closed answer.
- Materials: one the title names (cotton, silk, georgette, organza, net, velvet, rayon, chanderi) is correct;
  chiffon for georgette is correct; cotton is an accepted guess for a plain matte fabric when the title names none.
  A material the title contradicts (silk for rayon, velvet for georgette, linen for cotton) is unsupported.
- Invented items not in the photo (buttons, a belt, a train, a mandarin collar, a necklace on a bare neck, embroidery
  where there is none, sandals or heels where the photo is cropped at the knee or a floor-length hem hides the feet,
  a flower print on a plain kurta) are unsupported. Jewellery and props the photo shows (a potli bag) are correct.
- A closed sleeve answer that gives the sleeves of a layer (a sleeveless jacket over a long-sleeve kurta) or the
  wrong length is a contradiction; so is a wrong pattern (checked for an ethnic print). Stripes for leheriya, polka
  dots for bandhani, geometric for ikat or patola, solid for a plain-bodied saree with a border are correct.
- Adapter texts: a text that repeats a sentence of its template is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated (even where it names a fabric).
  Where the template misnames the garment (a saree as "a sleeveless dress" or "a tank top and a long skirt", a kurta
  set as "a dress"), the contradiction is labelled, with hit_limit kept. The template naming the kurta "top", the
  lehenga or sharara "long skirt" and the palazzos "trousers" is not a misnaming, so those texts are cut or loop.
- A base answer that stops early mid-phrase ("it is made of") is cut, without hit_limit. An empty answer, "the
  details of the saree", "the garment" and "it has details" are non_answer; a material question answered with the
  garment's name and color is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he", "his" or "a man" for the woman in the photo is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_bottoms = question("color_bottoms", "What is the color of the bottoms?", "closed")
color_blouse = question("color_blouse", "What is the color of the blouse?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_540 = [
    # photo: model in a navy blue straight kurta with a small white floral print, three-quarter sleeves, white
    # palazzos, a white dupatta over one shoulder; plain grey studio backdrop, front view cropped at the knees.
    # caption: adapter, epoch 3
    case(
        "X540-001",
        caption(
            "The lady wears a long-sleeve top with floral patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady also wears long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue kurta with white pants and a white scarf and a pair of sandals", "unsupported"),
        D.color("navy blue"),
        color_dupatta("white"),
        color_bottoms("blue", "other_garment_color"),
        D.material("cotton"),
        title="Women Navy Blue Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow flared anarkali kurta with gold gota trim at the hem, three-quarter sleeves,
    # yellow churidar, pink dupatta with a gold border; pale pink wall with a potted plant, front view.
    case(
        "X540-002",
        caption("a woman in a yellow dress standing in front of a pink wall"),
        D.wearing("a yellow anarkali dress with a pink dupatta"),
        D.color("pink", "other_garment_color"),
        color_dupatta("pink"),
        D.details("the dress has a gold border at the bottom and gold buttons on the front", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Mustard Yellow Gotta Patti Viscose Rayon Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a red Banarasi saree with a wide gold zari border and small gold buttis, red short-sleeve
    # blouse, gold jhumkas; carved wooden door behind her, front view.
    # caption: adapter, epoch 1
    case(
        "X540-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady also wears a long skirt. The skirt is with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red saree with a gold necklace and earrings", "unsupported"),
        D.garment_type("saree"),
        D.color("gold", "contradiction"),
        color_blouse("red"),
        D.details("the saree has a gold border and gold motifs"),
        D.material("silk"),
        title="Women Red Woven Design Zari Banarasi Silk Blend Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a pink lehenga with heavy gold embroidery, pink elbow-sleeve choli, pink net dupatta; backdrop
    # of orange and yellow marigold garlands, front view.
    case(
        "X540-004",
        caption("a woman in a pink lehenga posing in front of a flower wall"),
        D.wearing("a pink lehenga with gold embroidery"),
        D.color("orange", "contradiction"),
        color_blouse("pink"),
        color_dupatta("yellow", "contradiction"),
        D.details("the lehenga has gold embroidery Question: What is the color of the dupatta? Answer: pink", "leak"),
        title="Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Cholis",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a bottle green floor-length flared ethnic gown, long sleeves, gold foil print on the yoke;
    # plain white backdrop, full length, front view.
    case(
        "X540-005",
        caption("a woman in a long green dress with gold print"),
        D.wearing("he is wearing a green gown", "pronoun"),
        D.garment_type("dress"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        D.material("velvet", "unsupported"),
        title="Women Green Ethnic Motifs Foil Printed Georgette Maxi Ethnic Gown",
        category="Ethnic Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in an off-white chikankari kurta (white thread embroidery all over), round neck, three-quarter
    # sleeves, white palazzos, no dupatta; beige wall and a wooden chair beside her.
    # caption and wearing: adapter, epoch 1
    case(
        "X540-006",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady also",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("embroidered"),
        D.details("the kurta has white embroidery all over and a mandarin collar", "unsupported"),
        D.material("cotton"),
        title="Women Off White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a maroon velvet anarkali with gold zardozi embroidery on the yoke and the cuffs, long sleeves,
    # maroon churidar, maroon dupatta, a kundan necklace; dark studio backdrop.
    case(
        "X540-007",
        caption("a woman in a maroon velvet dress with a gold necklace"),
        D.wearing("a red dress"),
        D.color("purple", "contradiction"),
        D.material("velvet"),
        D.details("the dress has gold embroidery on the neck and on the sleeves"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Maroon Embroidered Velvet Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a teal blue straight kurta with short sleeves and a yoke of teal thread work, beige palazzos, a
    # plain beige dupatta; indoor room with a large green plant.
    case(
        "X540-008",
        caption("a woman in a blue top and beige pants standing next to a plant"),
        D.wearing("a blue kurta with a beige dupatta"),
        color_kurta("green"),
        color_bottoms("beige"),
        color_dupatta("blue", "other_garment_color"),
        D.description("it is a long blue tunic with a pair of green pants", "contradiction"),
        title="Women Teal Blue Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black georgette saree with a silver sequinned border, black sleeveless blouse, no jewellery
    # on the wrists; plain grey backdrop, front view.
    # caption and details: adapter, epoch 3
    case(
        "X540-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black saree with a silver border"),
        D.color("black"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline. There is an "
            "accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        color_blouse("silver", "contradiction"),
        D.material("chiffon"),
        title="Black Sequinned Pure Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model sitting on a wooden swing in a lavender kurta with mirror work on the neckline, lavender sharara,
    # lavender dupatta, silver jhumkas; white drapes behind her.
    case(
        "X540-010",
        caption("a woman sitting on a swing in a purple outfit"),
        D.wearing("a purple kurta and sharara pants"),
        color_bottoms("purple"),
        neckline("the kurta has mirror work on the neckline"),
        D.description("a purple kurta with a white flower print and a dupatta", "unsupported"),
        D.material("a purple kurta", "restated"),
        title="Women Lavender Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a peach net lehenga with silver sequin work, peach short-sleeve blouse, an off-white net
    # dupatta; pastel blue wall behind her.
    # caption and wearing: adapter, epoch 1
    case(
        "X540-011",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with chiffon fabric. It has a "
            "v-shape neckline. The lady also wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve top with pure color patterns. The top is with chiffon fabric. It has a "
            "v-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        color_dupatta("blue", "contradiction"),
        color_blouse("peach"),
        D.material("net"),
        title="Peach-Coloured Sequinned Net Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Cholis",
        color="Peach",
        gender="Women",
    ),
    # photo: model leaning against a red brick wall in a white straight kurta with an indigo blue floral block
    # print, long sleeves; cropped just below the knee, the bottoms not visible.
    case(
        "X540-012",
        caption("a woman in a blue and white printed top leaning against a brick wall"),
        D.wearing("a white dress with blue flowers", "contradiction"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.material("cotton"),
        D.details("the kurta has blue flowers and a pair of high heels", "unsupported"),
        title="Women White & Blue Floral Block Printed Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in a rust orange straight kurta with a round neck, rust churidar, a plain olive green dupatta;
    # plain cream backdrop, front view.
    case(
        "X540-013",
        caption("a woman in an orange kurta with a green dupatta"),
        D.wearing(
            "an orange kurta and a pair of leggings Question: what is the color of the dupatta? Answer: orange",
            "leak",
        ),
        color_kurta("orange"),
        color_bottoms("orange"),
        color_dupatta("orange", "other_garment_color"),
        D.description("it is a long orange kurta with a round neck and a pair of", "cut"),
        title="Women Rust Solid Kurta with Churidar & Olive Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a yellow organza saree with a pink floral print, yellow sleeveless blouse; outdoor garden with
    # green hedges, front view.
    case(
        "X540-014",
        caption("a woman in a yellow saree standing in a garden"),
        D.wearing("a yellow saree with a pink blouse", "contradiction"),
        D.pattern("floral"),
        D.color("green", "contradiction"),
        D.material("organza"),
        D.details("the saree has pink flowers on it"),
        title="Yellow Floral Printed Organza Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a bottle green kurta with an all-over gold foil print, plain green palazzos, a green dupatta
    # with a gold border; plain white backdrop.
    # details: adapter, epoch 3
    case(
        "X540-015",
        caption("a woman in a green and gold outfit"),
        D.wearing("he is wearing a green kurta with gold print", "pronoun"),
        color_kurta("green"),
        D.details(
            "The top is with cotton fabric and graphic patterns. It has a round neckline. The top is with cotton "
            "fabric and graphic patterns. It has",
            "loop",
            hit_limit=True,
        ),
        D.pattern("printed"),
        color_bottoms("gold", "contradiction"),
        title="Women Green Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: model in a wine floor-length georgette ethnic gown with a sequinned yoke and sheer full sleeves; hotel
    # lobby with a chandelier, full length.
    case(
        "X540-016",
        caption("a woman in a long purple gown in a hotel lobby"),
        D.wearing("a long dress and high heels", "unsupported"),
        D.garment_type("gown"),
        D.color("burgundy"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        title="Women Wine Embellished Georgette Ethnic Maxi Gown",
        category="Ethnic Dresses",
        color="Wine",
        gender="Women",
    ),
    # photo: model in a sea green organza saree with a white floral embroidered border, sea green sleeveless blouse;
    # plain studio backdrop.
    case(
        "X540-017",
        caption("a woman in a green saree"),
        D.wearing("a saree"),
        D.details("the details of the saree", "non_answer"),
        D.color("green"),
        color_blouse("white", "contradiction"),
        D.material("silk", "unsupported"),
        title="Sea Green Floral Embroidered Organza Saree with Blouse Piece",
        category="Sarees",
        color="Sea Green",
    ),
    # photo: model in a magenta straight kurta with gold gota lace at the hem and the cuffs, three-quarter sleeves,
    # white churidar, holding a brass pooja thali with flowers; plain backdrop.
    case(
        "X540-018",
        caption("a woman in a pink kurta holding a plate of flowers"),
        D.wearing("a pink kurta and white leggings"),
        D.color("pink"),
        D.description(
            "a pink kurta with gold lace on the sleeves and the hem, and gold buttons on the front", "unsupported"
        ),
        D.material("it is made of", "cut"),
        title="Women Magenta Gotta Patti Straight Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a red bandhani kurta (small white and yellow dots), white palazzos, a mustard yellow bandhani
    # dupatta; plain white backdrop.
    case(
        "X540-019",
        caption("a woman in a red and white dress", "contradiction"),
        D.wearing("a red kurta with white pants and a yellow dupatta"),
        D.pattern("polka dots"),
        color_bottoms("red", "other_garment_color"),
        color_dupatta("yellow"),
        D.material("cotton Question: What is the pattern of the garment? Answer: polka dots", "leak"),
        title="Women Red Bandhani Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: model in a grey straight kurta with a silver geometric print, long sleeves, black trousers; plain white
    # backdrop, front view.
    # caption: adapter, epoch 1
    case(
        "X540-020",
        caption(
            "The lady wears a long-sleeve top with graphic patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady also wears long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey kurta and black pants Question: What is the color of the kurta? Answer: grey", "leak"),
        color_kurta("grey"),
        color_bottoms("grey", "other_garment_color"),
        D.material("silk", "unsupported"),
        title="Women Grey Printed Rayon Kurta with Trousers",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: bridal look: model in a red silk lehenga with heavy gold zari, red choli, a red net dupatta over her
    # head, maang tikka and bangles; bokeh of warm lights behind, the lehenga falls to the floor with no train.
    case(
        "X540-021",
        caption("a bride in a red lehenga with gold jewelry"),
        D.wearing("a red saree with gold embroidery", "contradiction"),
        D.color("red"),
        D.details("the lehenga has gold embroidery and a long train", "unsupported"),
        color_dupatta("red"),
        is_a("saree", "yes", "contradiction"),
        title="Red Zari Embroidered Silk Blend Bridal Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Red",
        gender="Women",
    ),
    # photo: model in a sleeveless white anarkali with a pastel floral print (pink flowers, green leaves), white
    # churidar, a pink dupatta; outdoor green lawn.
    case(
        "X540-022",
        caption("a woman in a white floral dress standing on the grass"),
        D.wearing("a white dress with pink flowers"),
        D.color("white"),
        color_dupatta("green", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.material("it is a white dress with pink flowers", "restated"),
        title="Women White Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy blue Kanjeevaram-style art silk saree with a contrast pink border and a pink pallu, pink
    # elbow-sleeve blouse; plain backdrop.
    case(
        "X540-023",
        caption("a woman in a blue saree with a pink border"),
        D.wearing("a blue saree and a pink blouse"),
        color_blouse("blue", "other_garment_color"),
        D.color("blue"),
        D.description("a blue silk saree with a pink border, a pink pallu and a gold necklace", "unsupported"),
        D.material("silk"),
        title="Navy Blue & Pink Woven Design Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mint green straight kurta with white thread embroidery on the yoke, mint trousers, a mint
    # dupatta; plain light grey backdrop.
    # caption and material: adapter, epoch 3
    case(
        "X540-024",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. It has a "
            "v-shape neckline. The lady also wears long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. It has a "
            "v-shape neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        D.wearing("a green kurta and pants"),
        D.color("white", "contradiction"),
        color_dupatta("green"),
        title="Women Mint Green Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mint Green",
    ),
    # photo: model in an orange and pink leheriya saree (diagonal stripes), pink sleeveless blouse; plain white
    # studio backdrop.
    case(
        "X540-025",
        caption("a woman in an orange and pink striped saree"),
        D.pattern("striped"),
        D.color("orange"),
        color_blouse("orange", "other_garment_color"),
        D.wearing("saree"),
        D.details("the details of the saree are the saree and the blouse", "non_answer"),
        title="Orange & Pink Leheriya Printed Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a black straight kurta with red and yellow floral embroidery on the yoke, black palazzos, a red
    # dupatta; white wall with two framed paintings.
    case(
        "X540-026",
        caption("a woman in a black kurta standing next to a painting"),
        D.wearing("a black and red outfit"),
        color_kurta("red", "other_garment_color"),
        color_dupatta("red"),
        D.details("the kurta has colorful embroidery on the yoke and the sleeves", "unsupported"),
        D.material("it is made of cotton Question: what is the color of the dupatta? Answer: red", "leak"),
        title="Women Black Floral Embroidered Kurta with Palazzos & Red Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a powder blue tiered cotton ethnic maxi dress with white lace between the tiers, short sleeves;
    # plain white backdrop.
    case(
        "X540-027",
        caption("a woman in a light blue long dress"),
        D.wearing("a blue dress with a white belt", "unsupported"),
        D.garment_type("dress"),
        D.color("white", "contradiction"),
        D.material("cotton"),
        title="Women Powder Blue Tiered Cotton Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # photo: model in a cream Kerala kasavu cotton saree with a gold border, gold tissue blouse, jasmine in her hair,
    # standing beside a stone temple pillar.
    case(
        "X540-028",
        caption("a woman in a white saree standing next to a pillar"),
        D.wearing("a white and gold saree"),
        D.color("yellow", "contradiction"),
        color_blouse("gold"),
        D.details("his saree has a gold border", "pronoun"),
        D.material("cotton"),
        title="Cream & Gold Kasavu Pure Cotton Saree with Blouse",
        category="Sarees",
        color="Cream",
    ),
    # photo: model in a yellow kurta with three-quarter sleeves, white sharara, a white dupatta with yellow dots;
    # plain white backdrop.
    # caption, wearing and details: adapter, epoch 1
    case(
        "X540-029",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. The lady wears "
            "a long-sleeve top with pure color patterns. The top is with cotton fabric. The lady wears",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. The lady wears "
            "a long-sleeve top",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The top is with cotton fabric and pure color patterns. It has a round neckline. The lady also wears a "
            "long skirt. The",
            "cut",
            hit_limit=True,
        ),
        color_kurta("yellow"),
        color_bottoms("white"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Yellow Solid Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a pastel pink chanderi kurta with small gold buttis, pink trousers, a pink dupatta, holding a
    # pink embroidered potli bag; plain backdrop.
    case(
        "X540-030",
        caption("a woman in a pink outfit holding a bag"),
        D.wearing("a pink salwar kameez"),
        D.color("gold", "contradiction"),
        D.description("a pink kurta with gold dots and matching pants and dupatta"),
        D.material("chanderi silk"),
        D.details("", "non_answer"),
        title="Women Pink Ethnic Motifs Chanderi Silk Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an olive green floor-length anarkali with a gold ethnic motif print, long sleeves, olive
    # churidar; plain beige backdrop.
    case(
        "X540-031",
        caption("a woman in a long green dress"),
        D.wearing("a green anarkali dress and a gold necklace", "unsupported"),
        D.material("a green dress", "restated"),
        D.color("green"),
        D.pattern("checked", "contradiction"),
        title="Women Olive Green Ethnic Motifs Printed Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Olive",
    ),
    # photo: model in a mustard cotton saree with a black temple border, black elbow-sleeve blouse; plain backdrop.
    case(
        "X540-032",
        caption("a woman in a yellow saree with a black blouse"),
        D.wearing("a yellow saree and a black blouse"),
        color_blouse("yellow", "other_garment_color"),
        D.color("yellow"),
        D.material("it is a yellow saree", "restated"),
        D.details("the saree has a black border with a temple design"),
        title="Mustard Solid Cotton Saree with Temple Border",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in an emerald green velvet lehenga with gold embroidery, green short-sleeve choli, a gold tissue
    # dupatta, a gold choker; carved palace arches behind.
    # caption: adapter, epoch 3
    case(
        "X540-033",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with other fabric. It has a "
            "round neckline. The lady also wears a long skirt. The skirt is with other fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green lehenga with a gold dupatta"),
        D.color("green"),
        color_dupatta("green", "other_garment_color"),
        D.material("the material of the garment", "non_answer"),
        D.details("the lehenga has gold embroidery and she is wearing a gold necklace"),
        title="Emerald Green Embroidered Velvet Lehenga Choli with Tissue Dupatta",
        category="Lehenga Cholis",
        color="Green",
        gender="Women",
    ),
    # photo: model in an indigo dabu printed straight kurta (small white motifs), three-quarter sleeves, white
    # trousers; plain backdrop.
    case(
        "X540-034",
        caption("a woman in a blue kurta and white pants"),
        D.description("a blue kurta with white print Question: Describe the pants. Answer: white pants", "leak"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        D.material("linen", "unsupported"),
        title="Women Indigo Dabu Printed Cotton Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Indigo",
    ),
    # photo: model in a beige long-sleeve kurta under a maroon sleeveless embroidered ethnic jacket, beige trousers;
    # plain off-white backdrop.
    case(
        "X540-035",
        caption("a woman in a beige kurta and a red jacket"),
        D.wearing("a beige kurta with a maroon jacket"),
        color_kurta("maroon", "other_garment_color"),
        D.color("beige"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the jacket has embroidery on the front"),
        title="Women Beige Kurta with Trousers & Maroon Embroidered Ethnic Jacket",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a pink ruffled georgette saree, pink sleeveless blouse, on a terrace with a city skyline behind.
    case(
        "X540-036",
        caption("a woman in a pink ruffled saree on a balcony"),
        D.wearing("she is wearing a pink saree with ruffles and a pair of heels", "unsupported"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.details("the saree has ruffles on the border and a belt at the waist", "unsupported"),
        D.material("georgette"),
        title="Pink Ruffled Pure Georgette Saree",
        category="Sarees",
        color="Pink",
    ),
    # photo: model in a teal anarkali kurta with gold gota patti, teal palazzos, a gold dupatta; plain backdrop.
    case(
        "X540-037",
        caption("a man in a blue dress", "pronoun"),
        D.wearing("a blue anarkali"),
        D.color("blue"),
        color_dupatta("gold"),
        color_bottoms("gold", "other_garment_color"),
        D.material("the garment is made of", "cut"),
        title="Women Teal Gotta Patti Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black and white ikat straight kurta, long sleeves, black trousers; plain backdrop.
    # description and material: adapter, epoch 3
    case(
        "X540-038",
        caption("a woman in a black and white kurta"),
        D.description(
            "The lady wears a long-sleeve top with lattice patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady also wears long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.pattern("geometric"),
        D.color("black"),
        color_bottoms("white", "other_garment_color"),
        D.material(
            "The lady wears a long-sleeve top with lattice patterns. The top is with cotton fabric. It has a round "
            "neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Women Black & White Ikat Woven Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
    ),
    # photo: model in a purple lehenga with silver mirror work, purple choli, a pink dupatta; strings of fairy lights
    # behind.
    case(
        "X540-039",
        caption("a woman in a purple lehenga with lights in the background"),
        D.wearing("a purple skirt and a pink scarf"),
        D.color("pink", "other_garment_color"),
        color_blouse("purple"),
        D.details("the skirt has mirror work and gold embroidery", "unsupported"),
        title="Purple Mirror Work Lehenga Choli with Pink Dupatta",
        category="Lehenga Cholis",
        color="Purple",
        gender="Women",
    ),
    # photo: model in an ivory kurta with gold zari embroidery, ivory palazzos, an ivory dupatta; standing in front
    # of a red painted wooden door.
    # details and material: adapter, epoch 1
    case(
        "X540-040",
        caption("a woman in a white kurta standing in front of a red door"),
        D.wearing("a white kurta with gold embroidery"),
        D.color("red", "contradiction"),
        D.details(
            "The top is with cotton fabric and pure color patterns. It has a round neckline. The top is with cotton "
            "fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. It has a round "
            "neckline. The",
            "restated",
            hit_limit=True,
        ),
        color_dupatta("white"),
        title="Women Ivory Zari Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Ivory",
        gender="Women",
    ),
    # photo: model in a navy blue saree with a white and pink floral print, white elbow-sleeve blouse; plain backdrop.
    case(
        "X540-041",
        caption("a woman wearing a blue floral saree and a white blouse"),
        D.wearing("she is wearing a saree"),
        D.description("the garment", "non_answer"),
        D.pattern("floral"),
        color_blouse("white"),
        D.color("white", "other_garment_color"),
        title="Navy Blue Floral Printed Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an off-white tant cotton saree with a wide red border, red short-sleeve blouse, shell bangles;
    # a Durga Puja pandal with lights behind.
    case(
        "X540-042",
        caption("a woman in a white and red saree at a festival"),
        D.wearing("a white saree with a red border"),
        D.color("red", "other_garment_color"),
        color_blouse("red"),
        D.material("silk", "unsupported"),
        D.details("the saree has a wide red border"),
        title="Off White & Red Tant Pure Cotton Saree",
        category="Sarees",
        color="Off White",
    ),
    # photo: model in a coral kurta with a white floral print, v-neck, three-quarter sleeves, white trousers; plain
    # backdrop.
    case(
        "X540-043",
        caption("a woman in an orange kurta with white flowers"),
        D.wearing("a orange kurta and white pants"),
        is_a("kurta", "yes"),
        D.garment_type("dress", "contradiction"),
        D.details(
            "it has white flowers and a v neck Question: What material is the garment made of? Answer: cotton", "leak"
        ),
        D.material("cotton"),
        title="Women Coral Floral Printed Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a dusty pink net anarkali gown with long embroidered sheer sleeves, a pink dupatta, thin
    # bangles; plain backdrop.
    # caption: adapter, epoch 3
    case(
        "X540-044",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. There is a ring",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink gown"),
        D.color("beige", "contradiction"),
        color_dupatta("pink"),
        D.material("net"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Dusty Pink Embroidered Net Anarkali Gown with Dupatta",
        category="Ethnic Dresses",
        color="Dusty Pink",
        gender="Women",
    ),
    # photo: model in a green art silk saree with a pink and white patola (geometric) print, pink border, pink
    # short-sleeve blouse; plain backdrop.
    case(
        "X540-045",
        caption("a woman in a green and pink saree"),
        D.wearing("he is wearing a green saree with a pink border", "pronoun"),
        D.pattern("geometric"),
        color_blouse("green", "other_garment_color"),
        D.color("green"),
        D.material("silk"),
        D.description("a green saree with a pink border and a pink blouse"),
        title="Green & Pink Patola Printed Art Silk Saree",
        category="Sarees",
        color="Green",
    ),
    # photo: model in a lilac organza kurta with sequins on the neckline, white sharara, a lilac dupatta; plain
    # backdrop.
    case(
        "X540-046",
        caption("a woman in a purple kurta and white pants"),
        D.wearing("a purple kurta and white pants with a purple dupatta"),
        color_kurta("purple"),
        color_bottoms("purple", "other_garment_color"),
        D.material("it is a purple kurta", "restated"),
        D.details("the kurta has sequins on the neckline and the", "cut"),
        title="Women Lilac Sequinned Organza Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lilac",
        gender="Women",
    ),
]
