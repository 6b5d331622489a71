"""BLIND_256 (46 products; kids' tshirts, shirts, dresses, frocks, ethnic sets, bottoms and jackets): written blind in
the forty-second session. Measured blind at bed60cf (the session's rules as they stood): 118/128 failures found
(92.2%) and 2/157 correct texts flagged (1.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of kidswear for boys and girls: graphic and solid tshirts (dinosaurs,
unicorns, superheroes, typography), casual shirts (stripes, checks, tropical prints, linen, flannel), dresses and
frocks (polka dots, checks, tiers, velvet, schiffli), ethnic sets (kurta pyjama with a Nehru jacket, dhoti kurta,
lehenga choli, kurta with palazzos or sharara, anarkali), shorts, joggers, sweatshirts and jackets. Photos are child
models in a studio, outdoors or against walls and props (teddy bears, diyas, plants, a swing), and flat-lays on
beds, floors and plain surfaces. Each product has the seller's title, category, color and gender; a few rows miss
the gender or the color, as real feeds do. The default questionnaire, plus per-piece color questions for sets.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a
little boy in a blue shirt ...") or the caption-only LoRA adapter (DeepFashion template: "The gentleman wears a
short-sleeve T-shirt with graphic patterns ..."). The adapter has no end-of-answer token, so each adapter text runs
to its limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True; asked a question, it returns
its template. Open answers come from the base model unless the comment says the adapter gave them; the base model
stops on its own and never has hit_limit. Closed answers (garment_type, color, pattern, sleeve_length, per-piece
colors, "Is this a ...?") are enrich's `--engine reference` picks from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, yellow for mustard, pink for peach, purple for
  lavender, white for cream, red for maroon, brown for khaki, green for olive, grey for grey melange.
- A wall, curtain, door, plant or tree color given as the garment's color is contradiction; the color of a print,
  trim or zari border given as the garment's color is contradiction; the color of another worn garment (the tee
  under the jacket, the shorts under the tshirt, the dupatta of a set) is other_garment_color.
- Garment synonyms are correct: shirt for a tshirt, pants for joggers, pajamas for pyjamas, scarf for a dupatta,
  hoodie for a hooded sweatshirt, coat for a padded jacket, plaid for checked, jeans for denim. A lehenga called a
  saree, a kurti-with-sharara set called a dress (garment_type), a jacket answer for a sweatshirt, and the
  reference engine's garment_type naming the tee worn with the shorts, are contradiction.
- Sleeves: rolled-up full sleeves answered "short sleeves", and the hoodie's long sleeves given for a sleeveless
  vest, are contradiction.
- "boy" for a girl and "girl" for a boy in a caption count as pronoun, as do "he"/"she" the wrong way round; the
  adapter's "The lady" for a girl and "The gentleman" for a boy are not pronoun failures.
- Materials: one the title names is correct; a plausible cotton guess on a cotton-look tee or frock with no material
  in the title is correct; a material neither named nor visible (silk on a cotton or net set, wool on a sweatshirt,
  leather on a padded jacket) or contradicting the title (denim for a cotton jacket, cotton for rayon) is
  unsupported. A material answer that names the garment or its color is restated; an empty answer or "the material
  of the pants" is non_answer; "it is made of" stopping early is cut (no hit_limit).
- Invented items (a pocket on plain tees, a necklace, a belt, a hat, a scarf, a hood, a zipper where there are
  buttons, a bow or zipper on a back the front view does not show, a teddy bear print when the teddy is held)
  are unsupported.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence without repeating is cut, even
  where an accessory or fabric was invented before the cut; a template returned for the material question is
  restated. The template answering the wearing or details question is cut or loop, not restated.
- Base answers that run on into "Question: ... Answer: ..." are leak even where the first part is right.
- "the shorts are short", "the shirt has details", "the details of the shirt" and an empty answer are non_answer.
- Flat-lays: the wearing question answered with the garments on the surface is correct; an empty answer is
  non_answer. A pack of three tshirts described as two is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
color_palazzos = question("color_palazzos", "What is the color of the palazzos?", "closed")
color_dhoti = question("color_dhoti", "What is the color of the dhoti?", "closed")
color_top = question("color_top", "What is the color of the top?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")

BLIND_256 = [
    # photo: boy in a navy round-neck tshirt with a white dinosaur print, grey shorts, white studio backdrop, front.
    # adapter: none
    case(
        "X256-001",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        D.wearing("a blue shirt and grey shorts"),
        D.garment_type("tshirt"),
        D.color("blue"),
        D.pattern("graphic"),
        D.material("cotton"),
        title="Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a yellow A-line frock with white polka dots and flutter sleeves, pastel pink wall behind, front.
    # adapter: caption
    case(
        "X256-002",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. There is an accessory on her wrist. She wears a pair of",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow dress with white polka dots"),
        D.color("pink", "contradiction"),
        D.pattern("polka dots"),
        D.description("a yellow dress with white dots on it"),
        D.details("white polka dots. Question: What is the color of the dress? Answer: yellow", "leak"),
        title="Girls Yellow Polka Dot Print A-Line Cotton Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a cream kurta, maroon printed Nehru jacket and cream churidar, marigold garlands behind, front.
    # adapter: none
    case(
        "X256-003",
        caption("a little boy in a traditional indian outfit"),
        D.wearing("a white kurta and a red jacket"),
        color_kurta("cream"),
        color_jacket("cream", "other_garment_color"),
        D.material("silk", "unsupported"),
        D.details("the jacket has buttons and a mandarin collar"),
        title="Boys Cream-Coloured & Maroon Pure Cotton Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: flat-lay of three plain round-neck tshirts (red, grey melange, navy) side by side on a white surface.
    # adapter: none
    case(
        "X256-004",
        caption("three t-shirts laid out on a white surface"),
        D.wearing("a red shirt, a grey shirt and a blue shirt"),
        D.garment_type("tshirt"),
        D.description("two shirts on a white table", "contradiction"),
        D.details("the shirts have a pocket on the chest", "unsupported"),
        D.material("cotton"),
        title="Boys Pack of 3 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in a lavender lehenga with silver embroidery, matching choli, lavender net dupatta, beige curtain.
    # adapter: caption
    case(
        "X256-005",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple lehenga"),
        D.color("purple"),
        color_dupatta("white", "contradiction"),
        D.details("silver embroidery on the skirt and a silver belt", "unsupported"),
        D.material("silk", "unsupported"),
        title="Girls Lavender Embroidered Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in olive green joggers with a black drawstring, white graphic tee, white sneakers, grey backdrop.
    # adapter: none
    case(
        "X256-006",
        caption("a boy in gray pants and a white shirt", "contradiction"),
        D.wearing("a white shirt and green pants"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.details("the pants have a drawstring waist and pockets"),
        D.material("green pants", "restated"),
        title="Boys Olive Green Solid Cotton Joggers",
        category="Joggers",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a red and white checked shirt dress, collar, half sleeves, button front, park with trees behind.
    # adapter: description
    case(
        "X256-007",
        caption("a little girl in a red and white checkered dress standing in a park"),
        D.wearing("a red and white checkered dress"),
        D.pattern("checked"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("green", "contradiction"),
        D.details("the dress has a collar and buttons down the front"),
        D.description(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of knee length. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        title="Girls Red & White Checked Shirt Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a blue washed denim jacket over a white tee, black jeans, red brick wall behind, front.
    # adapter: caption, details
    case(
        "X256-008",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a jean jacket and a white shirt"),
        D.color("black", "other_garment_color"),
        D.details(
            "The jacket is with denim fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        is_a("jacket", "yes"),
        title="Boys Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a pink tshirt with a glitter unicorn and "dream big" text, white shorts, white backdrop.
    # adapter: details
    case(
        "X256-009",
        caption("a little girl wearing a pink t-shirt with a unicorn"),
        D.wearing("he is wearing a pink shirt with a unicorn", "pronoun"),
        D.description("the shirt is pink with a unicorn and the words dream big"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.material("cotton"),
        title="Girls Pink Unicorn Printed Glitter Cotton T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a mustard hooded sweatshirt with a kangaroo pocket, blue jeans, grey backdrop, front.
    # adapter: none
    case(
        "X256-010",
        caption("a boy in a yellow hoodie"),
        D.wearing("a yellow hoodie and blue jeans"),
        D.color("yellow"),
        D.garment_type("jacket", "contradiction"),
        D.details("the hoodie has details", "non_answer"),
        D.material("wool", "unsupported"),
        title="Boys Mustard Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: flat-lay of a green three-quarter-sleeve kurta with gold foil motifs and white palazzos, wooden floor.
    # adapter: caption
    case(
        "X256-011",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green kurta and white pants"),
        color_kurta("gold", "contradiction"),
        color_palazzos("white"),
        D.material("it is made of", "cut"),
        title="Girls Green Ethnic Motifs Foil Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a light blue and white striped half-sleeve shirt with a chest pocket, navy shorts, white backdrop.
    # adapter: none
    case(
        "X256-012",
        caption("a boy in a blue and white striped shirt and blue shorts"),
        D.wearing("she is wearing a blue shirt", "pronoun"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves"),
        D.color("blue"),
        D.details("the details are on the shirt", "non_answer"),
        D.material("shirt", "restated"),
        title="Boys Blue & White Striped Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a black denim pinafore dress over a white full-sleeve top, grey studio backdrop, front.
    # adapter: caption
    case(
        "X256-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress and a white shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("dress"),
        D.material("denim"),
        D.details("the dress has two pockets and buttons on the straps"),
        D.description("he is wearing a black dress over a white shirt", "pronoun"),
        title="Girls Black Solid Denim Pinafore Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: flat-lay of a yellow kurta and white pyjama on a white sheet, no model.
    # adapter: none
    case(
        "X256-014",
        caption("a yellow shirt and white pants on a white background"),
        D.wearing("", "non_answer"),
        color_kurta("yellow"),
        color_pyjama("yellow", "other_garment_color"),
        D.material("cotton"),
        D.details("the kurta has", "cut"),
        title="Boys Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in a peach tiered frock with white lace trim and cap sleeves, holding a teddy bear, pastel backdrop.
    # adapter: details, material
    case(
        "X256-015",
        caption("a little girl in a pink dress holding a teddy bear"),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a round neckline. There is an accessory "
            "on her wrist. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.description("a pink dress with a teddy bear on it", "unsupported"),
        D.sleeve_length("short sleeves"),
        D.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is",
            "restated",
            hit_limit=True,
        ),
        title="Girls Peach-Coloured Tiered Fit & Flare Dress with Lace Detail",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a red polo tshirt with white collar tipping, khaki shorts, white backdrop, front.
    # adapter: none
    case(
        "X256-016",
        caption("a boy in a red polo shirt and khaki shorts"),
        D.wearing("a red shirt and brown shorts"),
        D.garment_type("tshirt"),
        D.details("the collar is white. Question: What color are the shorts? Answer: brown", "leak"),
        D.material("red", "restated"),
        D.color("red"),
        title="Boys Red Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a sleeveless blue and white floral top with matching floral shorts, white backdrop.
    # adapter: caption
    case(
        "X256-017",
        caption(
            "Her tank top has no sleeves, cotton fabric and floral patterns. The shorts this lady wears are of "
            "three-point length. The shorts are with cotton fabric and floral patterns. There is an accessory on "
            "her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white floral dress", "contradiction"),
        color_top("blue"),
        color_shorts("blue"),
        D.pattern("floral"),
        D.material("the top and shorts", "restated"),
        title="Girls Blue Floral Print Top with Shorts",
        category="Clothing Set",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a black hooded padded jacket, zipped, grey joggers, white studio backdrop, front.
    # adapter: none
    case(
        "X256-018",
        caption("a young boy wearing a black jacket and gray pants"),
        D.wearing("a black jacket"),
        D.color("grey", "other_garment_color"),
        D.details("the jacket has a hood and a zipper"),
        D.material("leather", "unsupported"),
        is_a("jacket", "yes"),
        D.description("she is wearing a black jacket with a hood", "pronoun"),
        title="Boys Black Solid Hooded Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a white anarkali with a gold gota border at the hem, pink dupatta, fairy lights behind.
    # adapter: none
    case(
        "X256-019",
        caption("a little girl in a white dress with gold trim"),
        D.wearing("a white and gold dress and a pink scarf"),
        D.color("gold", "contradiction"),
        color_dupatta("pink"),
        D.details("the dress has gold trim on the bottom"),
        D.description("she is wearing a white dress with a gold necklace", "unsupported"),
        D.material("the dress is white", "restated"),
        title="Girls White Gotta Patti Anarkali Kurta with Dupatta",
        category="Ethnic Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a grey melange tshirt with "GAME ON" printed in orange, black shorts, white backdrop.
    # adapter: caption, description
    case(
        "X256-020",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a gray shirt with orange writing on it", "pronoun"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("orange", "contradiction"),
        D.pattern("graphic"),
        title="Boys Grey Melange Typography Printed T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a maroon velvet full-sleeve party dress with a sequinned bodice, black tights, beige backdrop.
    # adapter: none
    case(
        "X256-021",
        caption("a girl in a red velvet dress"),
        D.wearing("a red dress and black tights"),
        D.color("black", "other_garment_color"),
        D.material("velvet"),
        D.sleeve_length("long sleeves"),
        D.details("it has sequins on the top and a bow at the back", "unsupported"),
        D.description(
            "a red velvet dress with sequins Question: What is the girl wearing? Answer: a red dress", "leak"
        ),
        title="Girls Maroon Embellished Velvet Fit & Flare Party Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in an orange silk-look kurta and cream dhoti, standing before a carved brown wooden door.
    # adapter: none
    case(
        "X256-022",
        caption("a little boy wearing an orange kurta and white dhoti standing in front of a door"),
        D.wearing("an orange shirt and white pants"),
        color_kurta("orange"),
        color_dhoti("brown", "contradiction"),
        D.material("silk"),
        D.details(
            "the kurta has a mandarin collar and buttons. Question: What is the dhoti made of? Answer: silk", "leak"
        ),
        title="Boys Orange & Cream Silk Blend Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in light-wash denim shorts with frayed hems, white crop tee, graffiti wall behind, front.
    # adapter: none
    case(
        "X256-023",
        caption("a girl standing in front of a graffiti wall"),
        D.wearing("a white shirt and blue shorts"),
        D.garment_type("tshirt", "contradiction"),
        D.color("blue"),
        D.details("the shorts have frayed hems and pockets"),
        D.material("denim"),
        D.description("the shorts are short", "non_answer"),
        title="Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy with shoulder-length hair in a green and navy colour-block tshirt, navy track pants, white backdrop.
    # adapter: details
    case(
        "X256-024",
        caption("a little girl in a green and blue shirt", "pronoun"),
        D.wearing("a green and blue shirt"),
        D.pattern("color block"),
        D.color("green"),
        D.details(
            "The T-shirt is with cotton fabric and color block patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and color",
            "loop",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        title="Boys Green & Navy Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a lavender full-sleeve sweatshirt with a sequinned heart, light grey leggings, white backdrop.
    # adapter: caption, material
    case(
        "X256-025",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple sweatshirt and gray leggings"),
        D.color("purple"),
        D.material(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details("a heart made of sequins"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Girls Lavender Sequinned Heart Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a white linen full-sleeve shirt with sleeves rolled to the elbow, chest pocket, beige trousers,
    # potted plants beside him. adapter: none
    case(
        "X256-026",
        caption("a boy in a white shirt standing next to a plant"),
        D.wearing("a white shirt and beige pants"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("linen"),
        D.color("green", "contradiction"),
        D.details("the shirt has a pocket. Question: What color are the pants? Answer: beige", "leak"),
        title="Boys White Solid Linen Full Sleeves Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of a sleeveless mint green frock with a white flower-embroidered yoke, on a white bedsheet.
    # adapter: none
    case(
        "X256-027",
        caption("a green dress laying on a bed"),
        D.wearing("a green dress"),
        D.color("white", "contradiction"),
        D.details("the dress has flowers embroidered on the top and a zipper in the back", "unsupported"),
        D.sleeve_length("sleeveless"),
        D.material("a green dress", "restated"),
        title="Girls Mint Green Embroidered Yoke Cotton A-Line Frock",
        category="Dresses",
        color="Mint Green",
        gender="Girls",
    ),
    # photo: boy in a black tshirt with a red and blue Spider-Man print, red shorts, blue backdrop, front.
    # adapter: caption, description
    case(
        "X256-028",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt with spiderman on it and red shorts"),
        D.color("red", "other_garment_color"),
        is_a("t-shirt", "yes"),
        D.details("spiderman is on the front of the shirt"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a short-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        title="Boys Black Spider-Man Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a mustard short kurti with mirror work, mustard sharara, green dupatta, white backdrop.
    # adapter: description
    case(
        "X256-029",
        caption("a little girl in a yellow outfit"),
        D.wearing("a yellow kurta and a green dupatta"),
        D.color("green", "other_garment_color"),
        D.details("mirror work on the kurta"),
        D.material("cotton"),
        D.garment_type("dress", "contradiction"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        title="Girls Mustard Yellow Mirror Work Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a brown corduroy button-front overshirt worn open over a black tee, blue jeans, grey backdrop.
    # adapter: caption
    case(
        "X256-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown jacket, a black shirt and jeans"),
        D.color("black", "other_garment_color"),
        D.material("corduroy"),
        D.details("it has two pockets on the chest and a zipper", "unsupported"),
        title="Boys Brown Solid Corduroy Overshirt",
        category="Shirts",
        color="Brown",
        gender="Boys",
    ),
    # photo: girl in a white tshirt with pink "little princess" text and a pink tulle tutu skirt, white backdrop.
    # adapter: none
    case(
        "X256-031",
        caption("a girl in a white shirt and pink tutu"),
        D.wearing("a white t-shirt and a pink skirt"),
        color_top("pink", "other_garment_color"),
        color_skirt("pink"),
        D.description("a white shirt that says little princess"),
        D.details("the details of the shirt", "non_answer"),
        D.material("the shirt is white and the skirt is pink", "restated"),
        title="Girls White & Pink Printed T-shirt with Tutu Skirt",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: boy in black joggers with white side stripes, red tshirt, white backdrop, front.
    # adapter: none
    case(
        "X256-032",
        caption("a boy in a red shirt and black pants with white stripes"),
        D.wearing("she is wearing a red shirt and black pants", "pronoun"),
        D.color("red", "other_garment_color"),
        D.pattern("solid"),
        D.details("there are white stripes down the side and a drawstring"),
        D.material("the material of the pants", "non_answer"),
        title="Boys Black Solid Cotton Joggers with Side Stripes",
        category="Joggers",
        color="Black",
        gender="Boys",
    ),
    # photo: flat-lay of a pink frock with a red strawberry print, white Peter Pan collar, puff sleeves, pink surface.
    # adapter: caption
    case(
        "X256-033",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of knee length. The lady wears a short-sleeve dress with floral patterns. "
            "The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress with strawberries on it"),
        D.pattern("polka dots", "contradiction"),
        D.color("pink"),
        D.details("the dress has a white collar and puffy sleeves"),
        D.material("the dress", "restated"),
        title="Girls Pink Strawberry Printed Puff Sleeve Cotton Frock",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a blue and white tie-dye tshirt (no pocket), black shorts, white backdrop.
    # adapter: none
    case(
        "X256-034",
        caption("a young boy in a tie dye shirt"),
        D.wearing("a blue tie dye shirt and black shorts"),
        D.color("blue"),
        D.pattern("tie dye"),
        D.description(
            "he is wearing a tie dye shirt with a pocket on it. Question: what color are the shorts? Answer: black",
            "leak",
        ),
        D.material("it's made out of", "cut"),
        title="Boys Blue & White Tie-Dye Pure Cotton T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl with a short bob in an olive cotton utility jacket with zip and flap pockets, white tee, jeans.
    # adapter: none
    case(
        "X256-035",
        caption("a young boy in a green jacket and jeans", "pronoun"),
        D.wearing("a green jacket, white shirt and blue jeans"),
        D.color("green"),
        D.details("the jacket has pockets and a zipper. Question: what color is the shirt? Answer: white", "leak"),
        is_a("jacket", "yes"),
        D.material("denim", "unsupported"),
        title="Girls Olive Green Solid Cotton Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Girls",
    ),
    # photo: boy in a white half-sleeve shirt with a green tropical leaf print, beige shorts, beach backdrop.
    # adapter: caption
    case(
        "X256-036",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt with green leaves and shorts"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        D.details("the shirt has buttons and a collar"),
        D.material("cotton", "unsupported"),
        title="Boys White & Green Tropical Printed Rayon Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of a red lehenga with gold zari border, red choli, red net dupatta with gold edging, cream floor.
    # adapter: none
    case(
        "X256-037",
        caption("a red and gold lehenga on a white background"),
        D.wearing("a red saree", "contradiction"),
        D.color("red"),
        color_dupatta("gold", "contradiction"),
        D.details("the skirt has gold embroidery"),
        D.material("silk"),
        D.description(
            "a red and gold lehenga with a red dupatta Question: What is the lehenga made of? Answer: silk", "leak"
        ),
        title="Girls Red Zari Woven Art Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in navy cargo shorts with side pockets, white tee, sitting on a wooden stool, white backdrop.
    # adapter: none
    case(
        "X256-038",
        caption("a little boy sitting on a stool"),
        D.wearing("a white shirt and blue shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.details("the shorts have a lot of pockets"),
        D.material("it's a pair of shorts", "restated"),
        title="Boys Navy Blue Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a white sleeveless schiffli-embroidered cotton dress, sitting on a rope swing outdoors, no hat.
    # adapter: caption, wearing
    case(
        "X256-039",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.details("the dress has lace on the bottom"),
        D.material("cotton"),
        D.description("a white dress and a white hat", "unsupported"),
        title="Girls White Schiffli Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a grey and black checked flannel shirt worn open over a black graphic tee, black jeans.
    # adapter: none
    case(
        "X256-040",
        caption("a boy in a plaid shirt and black jeans"),
        D.wearing("a grey plaid shirt over a black t-shirt"),
        D.color("black", "other_garment_color"),
        D.pattern("checked"),
        D.details("the shirt has two pockets on the chest"),
        D.description("a grey and black plaid shirt with a hood", "unsupported"),
        D.garment_type("tshirt", "contradiction"),
        title="Boys Grey & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in grey melange joggers with a pink drawstring waistband, pink tshirt, white backdrop.
    # adapter: none
    case(
        "X256-041",
        caption("a girl in a pink shirt and gray pants"),
        D.wearing("he is wearing a pink shirt and grey pants", "pronoun"),
        D.garment_type("pants"),
        D.color("pink", "other_garment_color"),
        D.details("the pants have a pink drawstring"),
        title="Girls Grey Melange Solid Joggers",
        category="Joggers",
        color="Grey Melange",
        gender="Girls",
    ),
    # photo: boy in a white chikankari kurta with white buttons and white pyjama, holding a lit diya, warm backdrop.
    # adapter: none; the feed row has no gender
    case(
        "X256-042",
        caption("a young boy in a white kurta holding a diya"),
        D.wearing("she is wearing a white kurta", "pronoun"),
        D.color("white"),
        D.details("white embroidery on the kurta"),
        D.material("cotton"),
        D.description("a white kurta with gold buttons and a red scarf", "unsupported"),
        title="Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # photo: girl in a sky blue padded jacket with a faux-fur trimmed hood, white leggings, white backdrop.
    # adapter: caption, details
    case(
        "X256-043",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "hooded neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue coat with a fur hood"),
        D.color("blue"),
        D.details(
            "The coat is with cotton fabric and pure color patterns. It has a hooded neckline. The coat is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("Question: What is the color of the jacket? Answer: blue", "leak"),
        title="Girls Blue Solid Padded Jacket with Faux Fur Hood",
        category="Jackets",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat-lay of a maroon full-sleeve sweatshirt with white "BROOKLYN" text, grey surface.
    # adapter: none; the feed row has no color
    case(
        "X256-044",
        caption("a red sweatshirt with the word brooklyn on it"),
        D.wearing("a red sweatshirt"),
        D.color("white", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("wool", "unsupported"),
        D.details("it says brooklyn on the front and has a hood", "unsupported"),
        is_a("jacket", "yes", "contradiction"),
        title="Boys Maroon Typography Printed Sweatshirt",
        category="Sweatshirts",
        gender="Boys",
    ),
    # photo: girl in a white round-neck tshirt with colourful butterflies, denim shorts, white backdrop.
    # adapter: none
    case(
        "X256-045",
        caption("a little girl wearing a white shirt with butterflies on it"),
        D.wearing("a white shirt and jean shorts"),
        D.color("white"),
        D.description("a white shirt with pink and yellow butterflies and a pink bow on the collar", "unsupported"),
        D.details("the shirt has butterflies. Question: What is the shirt made of? Answer: cotton", "leak"),
        D.material("", "non_answer"),
        title="Girls White Butterfly Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a red sleeveless padded vest (zip, side pockets) over a grey long-sleeve hoodie, white backdrop.
    # adapter: description
    case(
        "X256-046",
        caption("a boy in a red vest and a gray hoodie"),
        D.wearing("a red vest and grey sweatshirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("red"),
        D.garment_type("jacket"),
        D.details("the vest has a zipper and pockets"),
        D.description(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a sleeveless vest with pure color patterns. The vest",
            "loop",
            hit_limit=True,
        ),
        title="Boys Red Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Red",
        gender="Boys",
    ),
]
