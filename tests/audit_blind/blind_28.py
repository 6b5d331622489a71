"""BLIND_28 (44 products; the original experiments' base model and adapters re-run on an Indian marketplace's Myntra-
style catalog, men's and women's western and ethnic wear, one product per item, the experiments' own questionnaire
with enrich's closed garment_type and color; Myntra's article types and base colours for three quarters of the
products): written blind in the fourteenth session and measured blind at b0df540: 106/137 and 8/127. The writer's
notes, verbatim:

BLIND_28: a blind corpus of BLIP-2 outputs on an Indian fashion marketplace's product photos.

Scenario
    The original experiments of shared/CONTEXT.md re-run on a Myntra-style catalog: mostly on-model studio shots
    on white or light grey, some flat packshots, one product per item, men's and women's wear about equally
    (t-shirts, shirts, polos, jeans, trousers, track pants, shorts, sweatshirts, jackets, dresses, tops, skirts,
    kurtas, kurtis, kurta sets, sarees, leggings, nightwear, a few innerwear and sports items). Catalog columns
    (category = Myntra article type, color = base colour, title = display name) are given for about three
    quarters of the products; the others have none.

Which system produced which text
    * captions: either the untuned base BLIP-2 OPT-2.7b (short "a man in a ..." sentences) or the experiments'
      caption adapter (DeepFashion-MultiModal template: "The upper clothing has short sleeves, cotton fabric and
      pure color patterns ...", pattern words, never a hue name; it never learned to stop, so most of its outputs
      run to the 50-token limit, looping or cut mid-sentence; a few stop early and are then correct).
    * closed questions (garment_type, color, pattern, sleeve_length, is_<garment>, color of <garment>): the VQA
      adapter through the reference engine, raw generated text kept (In-shop class names such as "tee",
      "blouse/shirt", "jacket/coat", "denim", "pants"; loops "grey-grey-..."; prompt-format leaks "... Question:
      ... Answer:"; colours of another layer of the outfit).
    * open questions (wearing, description, details, material): mostly the untuned base model (30 new tokens:
      encyclopedic definitions cut at the limit, invented details, wrong pronouns, one colour for every garment),
      sometimes the caption adapter (its caption template returned for the prompt, running to the limit).
    Each Case comment says which system wrote which texts when it is not the default above.

How it was written
    Blind: I read only shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (layout, helpers, TARGETS).
    I read no audit code, no queries, no docs, no other corpus, and ran nothing but the import/count check.
    Every text was written by hand against the photo described in the comment above its Case.

Label conventions and judgement calls
    * One label per text, the fault a reviewer would fix first; failure None means the text is correct for the
      photo and the catalog columns.
    * hit_limit=True only on texts that ran to the token limit (30 new tokens for answers, 50 for captions):
      every loop and every cut text, and the long prompt leaks that keep generating "Question: ... Answer: ..."
      until the limit. Never on a correct text.
    * loop: the text repeats a word or clause until the limit (even when the last repetition is also cut).
      cut: the text runs to the limit and stops mid-sentence without repeating itself. A caption-adapter
      template returned for a question and cut at the limit is labelled cut (that is what a reviewer sees
      first), or loop when it starts over.
    * leak: the text contains the prompt format ("Question:", "Answer:"), whatever else is wrong with it.
    * contradiction: a closed answer (or caption) with a wrong colour or wrong garment type: a colour that
      belongs to another layer of the outfit, the one colour repeated for every garment, an In-shop class that
      names another garment ("dress" for a kurta or saree, "denim" for a denim jacket), "no" to a true
      "Is this a ...?" question.
    * other_garment_color: an open answer (description/details/wearing) giving the product the colour of another
      garment in the photo.
    * unsupported: an invented detail the photo does not show (hood, zipper, pocket, rips, skull print, a person
      on a packshot) or a material that the title contradicts (silk for a georgette saree, leather for PU).
      Plausible materials the title does not state (cotton for a jersey tee, polyester for track pants) are
      counted correct.
    * non_answer: nothing useful: "i don't know", an empty answer, only a colour to "What is the person
      wearing?", "fabric" to the material question, or only the question's words back ("they are short",
      "it's a skirt").
    * restated: a verbose sentence that paraphrases the question and adds nothing.
    * pronoun: the text gives the person the wrong gender (caption "a woman ..." on a men's kurta, "she" for a
      man, "a girl" for a boy).
    * Near-hue synonyms (mustard/yellow, maroon/burgundy, teal/green, rust/orange, off white/cream, peach/pink,
      lavender/purple, charcoal/dark grey, olive/khaki-green) and two-colour answers for two-colour garments are
      counted correct; so are mentions of backgrounds, prints and the other garments of the outfit.
    * In-shop class names that fit the product are correct closed answers ("pants" for track pants or trousers,
      "denim" for jeans, "blouse" for a top, "tank" for an innerwear vest, "sweatshirt/hoodie" for a hoodie).
    * "What is the person wearing?" on a packshot: naming the garment is correct; inventing a person is not.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

# a 50-token caption and a 30-token answer are about 38 and 22 words; the limit texts below are sized to that

BLIND_28: list[Case] = [
    # Photo: on-model studio shot, white background; a man in a navy blue and white checked full-sleeve casual
    # shirt (spread collar, buttoned cuffs, no pocket), untucked over beige chinos, white sneakers.
    # describe: caption adapter (template for the prompt); the rest base / VQA adapter.
    case(
        "MY-28001",
        caption("a man in a blue plaid shirt and khaki pants"),
        wearing("a navy blue and white checkered shirt with beige pants"),
        describe(
            "shirt",
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "navy"),
        B.pattern("plaid"),
        B.material("fabric", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
    ),
    # Photo: on-model, white background; a woman in a mustard yellow straight kurta with small white ethnic-motif
    # print, round neck with a keyhole slit, three-quarter sleeves, no pocket; white palazzos, silver jhumkas.
    case(
        "MY-28002",
        caption("a woman in a yellow kurta with white palazzo pants"),
        wearing("a yellow kurta and white pants"),
        describe(
            "kurta",
            "The kurta is a long tunic worn by men and women in India, Pakistan, Bangladesh and Nepal. It is usually "
            "made of cotton or silk and",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a mandarin collar and a pocket on the chest", "unsupported"),
        color_of("kurta", "yellow"),
        B.garment_type("dress", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Pure Cotton Straight Kurta",
    ),
    # Photo: on-model, light grey background; a man in black solid track pants (drawstring waist, zip side
    # pockets, small white HRX logo on the left thigh, no side stripes) with a white crew-neck HRX t-shirt.
    # caption: caption adapter.
    case(
        "MY-28003",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and black track pants"),
        describe("track pants", "black track pants with white stripes on the side", "unsupported"),
        details("track pants", "elastic waist with a drawstring and zipped pockets on both sides"),
        color_of("track pants", "white", "contradiction"),
        B.material("The track pants are made of the material that track pants are made of.", "restated"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Rapid-Dry Track Pants",
    ),
    # Photo: on-model, light grey background; a woman in a navy blue A-line knee-length dress with a small white
    # floral print, V-neck, short flutter sleeves; nude heels.
    # describe: caption adapter.
    case(
        "MY-28004",
        caption("a woman in a blue floral dress standing in front of a gray wall"),
        wearing("she is wearing a blue dress with white flowers"),
        describe(
            "dress",
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. It has a v-shape neckline. "
            "The upper clothing has short sleeves, chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length(
            "short sleeve Question: What is the sleeve length of the garment? Answer: short sleeve Question: What is "
            "the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="Sassafras Women Navy Blue Floral Print Georgette A-Line Dress",
    ),
    # Photo: on-model, white background; a man in a white solid polo t-shirt (short sleeves, two-button placket,
    # small navy embroidered logo on the chest) and mid-blue jeans.
    case(
        "MY-28005",
        caption("a man wearing a white polo shirt and blue jeans"),
        wearing("a white polo shirt"),
        describe("polo shirt", "the polo shirt is blue with a collar", "other_garment_color"),
        details(
            "polo shirt",
            "the polo shirt has a collar, a collar, a collar, a collar, a collar, a collar, a collar, a collar, a",
            "loop",
            hit_limit=True,
        ),
        color_of("polo shirt", "white"),
        color_of("jeans", "white", "contradiction"),
        B.sleeve_length("long sleeve", "contradiction"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
    ),
    # Photo: on-model, cropped at the hip, white background; maroon solid ankle-length leggings under a white
    # three-quarter-sleeve kurti; tan flats. No catalog columns.
    # caption: caption adapter.
    case(
        "MY-28006",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("leggings"),
        describe("leggings", "the leggings are white and fitted", "other_garment_color"),
        color_of("leggings", "maroon"),
        B.garment_type("leggings"),
        gender="Women",
    ),
    # Photo: on-model, white background; a man in a grey melange crew-neck sweatshirt (no hood, no pocket,
    # ribbed cuffs and hem) with black jeans.
    # details: caption adapter.
    case(
        "MY-28007",
        caption("a man in a grey sweatshirt and black jeans"),
        wearing("she is wearing a grey sweatshirt and black jeans", "pronoun"),
        describe("sweatshirt", "a grey sweatshirt with a hood and a kangaroo pocket", "unsupported"),
        details(
            "sweatshirt",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a crew neckline. "
            "The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "sweatshirt",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("sweatshirt"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Sweatshirt",
    ),
    # Photo: on-model, light grey background; a woman in a teal straight kurta with gold zari embroidery on the
    # yoke and sleeve hems, matching teal trousers, a teal dupatta with gold border over one shoulder.
    case(
        "MY-28008",
        caption("a woman wearing a green kurta with a dupatta"),
        wearing(
            "a teal kurta with matching pants and a dupatta. The kurta has gold embroidery on the neckline and the "
            "sleeves. The dupatta has a",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "a green kurta with gold embroidery on the neckline"),
        details(
            "kurta",
            "the kurta has gold embroidery on the neckline and the sleeves, and the sleeves have gold embroidery on "
            "the neckline and the sleeves, and the",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        is_a("kurta", "no", "contradiction"),
        B.garment_type(
            "dress Question: What type of garment is this? Answer: dress Question: What type of garment is this? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Teal",
        title="Libas Women Teal Yoke Design Kurta with Trousers & Dupatta",
    ),
    # Photo: on-model, light grey background; a man in mid-blue slim-fit clean-look jeans (no rips, no fading)
    # with a white crew-neck t-shirt, white sneakers.
    # caption: caption adapter (stopped before the limit, correct).
    case(
        "MY-28009",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns."
        ),
        wearing("blue jeans and a white t-shirt"),
        describe("jeans", "the jeans are white", "other_garment_color"),
        details("jeans", "they are jeans", "non_answer"),
        color_of("jeans", "blue"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # Photo: on-model, white background; a woman draped in a red Banarasi saree with gold woven buttas and a
    # wide gold zari border, worn with a gold-toned short-sleeve blouse.
    # details: caption adapter.
    case(
        "MY-28010",
        caption("a woman in a red saree with a gold border"),
        wearing("a red and gold saree"),
        describe(
            "saree",
            "The saree is a traditional Indian garment worn by women. It consists of a long piece of cloth that is "
            "draped around the body and worn over a",
            "cut",
            hit_limit=True,
        ),
        details(
            "saree",
            "The upper clothing has short sleeves, silk fabric and complicated patterns. The upper clothing has "
            "short sleeves, silk fabric and complicated patterns. The upper",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "red"),
        B.garment_type("dress", "contradiction"),
        B.material("silk"),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Woven Design Art Silk Banarasi Saree",
    ),
    # Photo: on-model, light grey background; a man in an olive green bomber jacket (ribbed collar, cuffs and hem,
    # front zip, zipped pocket on the left sleeve) open over a white t-shirt, black jeans.
    case(
        "MY-28011",
        caption("a man wearing an olive green bomber jacket and black jeans"),
        wearing("a green jacket, a white shirt and black jeans"),
        describe("jacket", "the jacket is white with a zipper", "other_garment_color"),
        details("jacket", "ribbed collar, cuffs and hem, a front zip and a zipped pocket on the sleeve"),
        color_of("jacket", "white", "contradiction"),
        is_a(
            "jacket",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The jacket is made of polyester. It is a lightweight jacket that can be worn in the spring and the fall. "
            "It is a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
    ),
    # Photo: on-model, white background; a woman in a white top with pink vertical stripes (round neck, short
    # sleeves, no bow, no pocket) with light blue jeans, a thin gold bracelet.
    # caption: caption adapter.
    case(
        "MY-28012",
        caption(
            "The upper clothing has short sleeves, cotton fabric and stripe patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink and white striped shirt and jeans"),
        describe("top", "a white top with pink stripes and a bow at the neck", "unsupported"),
        details(
            "top",
            "the details of the top are the stripes on the top and the stripes on the top and the stripes on the "
            "top and the",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "white and pink"),
        B.pattern("striped"),
        gender="Women",
        category="Tops",
        color="White",
        title="SASSAFRAS Women White & Pink Striped Regular Top",
    ),
    # Photo: on-model, white background; a man in charcoal grey flat-front formal trousers with a light blue
    # formal shirt tucked in, a black belt, black shoes.
    case(
        "MY-28013",
        caption("a man in a light blue shirt and grey trousers"),
        wearing("The person is wearing the clothes that the person is wearing in the picture.", "restated"),
        describe("trousers", "the trousers are light blue and have a slim fit", "other_garment_color"),
        details("trousers", "they are trousers", "non_answer"),
        color_of("trousers", "blue", "contradiction"),
        B.garment_type("pants"),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
    ),
    # Photo: on-model child, white background; a girl in a pink short-sleeve t-shirt with a white unicorn print
    # and pink-and-white polka dot pyjamas (a two-piece night suit). No catalog columns.
    # describe: caption adapter.
    case(
        "MY-28014",
        caption("a little girl in pink pajamas with a unicorn on it"),
        wearing("a pink shirt and pink and white polka dot pants"),
        describe(
            "night suit",
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The lower clothing",
            "loop",
            hit_limit=True,
        ),
        color_of("night suit", "pink"),
        B.garment_type("romper/jumpsuit", "contradiction"),
        gender="Girls",
    ),
    # Photo: on-model, light grey background; a woman in a navy blue racerback sports bra with a small white HRX
    # logo under the band, and black full-length training tights.
    case(
        "MY-28015",
        caption("a woman in a blue sports bra and black leggings"),
        wearing("a sports bra and leggings"),
        describe("sports bra", "a navy blue sports bra with a racerback and a black logo", "unsupported"),
        color_of("sports bra", "black", "contradiction"),
        B.garment_type("tee/tank", "contradiction"),
        B.material("polyester and spandex"),
        gender="Women",
        category="Bra",
        color="Navy Blue",
        title="HRX by Hrithik Roshan Women Navy Blue Solid Racerback Sports Bra",
    ),
    # Photo: flat packshot on light grey; a white round-neck short-sleeve t-shirt with a black and red text print
    # "STAY WEIRD" on the chest (no skull, no picture). No person.
    case(
        "MY-28016",
        caption("a white t-shirt with a black and red print on it"),
        wearing("a white t-shirt"),
        describe("t-shirt", "a white t-shirt with a picture of a skull on it", "unsupported"),
        details(
            "t-shirt",
            "The t-shirt is made of 100% cotton and has a round neck and short sleeves. It is available in sizes S, "
            "M, L",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "t-shirt",
            "white Question: What is the color of the t-shirt? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        B.pattern("graphic"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Bewakoof Men White Typography Printed Round Neck T-shirt",
    ),
    # Photo: on-model, white background; a woman in a black and white checked A-line mini skirt with a white
    # short-sleeve round-neck top tucked in, a silver bracelet.
    # caption: caption adapter (stopped before the limit, correct).
    case(
        "MY-28017",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of short length. The fabric is cotton and it has lattice patterns. There is an "
            "accessory on her wrist."
        ),
        describe("skirt", "a black and white plaid skirt with a white top tucked in"),
        details("skirt", "it's a skirt", "non_answer"),
        color_of("skirt", "black and white"),
        is_a(
            "skirt",
            "yes Question: Is this a skirt? Answer: yes Question: Is this a skirt? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Black",
        title="Tokyo Talkies Women Black & White Checked A-Line Mini Skirt",
    ),
    # Photo: on-model, white background; a man with a beard in a maroon art-silk straight kurta (mandarin collar,
    # button placket, long sleeves) with a white churidar, brown mojaris.
    case(
        "MY-28018",
        caption("a woman in a red kurta and white pants", "pronoun"),
        wearing("a maroon kurta and white pajamas"),
        describe(
            "kurta", "The kurta is made of silk and has a mandarin collar. It has a button placket and long sleeves."
        ),
        details(
            "kurta",
            "the kurta has a mandarin collar, a mandarin collar, a mandarin collar, a mandarin collar, a mandarin "
            "collar, a",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "burgundy"),
        color_of("pyjamas", "maroon", "contradiction"),
        B.garment_type("blouse/shirt", "contradiction"),
        gender="Men",
        category="Kurtas",
        color="Maroon",
        title="Manyavar Men Maroon Solid Art Silk Straight Kurta",
    ),
    # Photo: on-model, white background; a woman in a peach solid fit-and-flare knee-length dress with a V-neck
    # and short puff sleeves, a gold wristwatch. No catalog columns.
    # details: caption adapter.
    case(
        "MY-28019",
        caption("a woman in a pink dress posing for a photo"),
        wearing("he is wearing a pink dress", "pronoun"),
        describe("dress", "a peach colored dress with a v neck and puff sleeves"),
        details(
            "dress",
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. There is an accessory on "
            "her wrist. The upper clothing has short sleeves,",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "peach"),
        B.sleeve_length(
            "short-sleeve-short-sleeve-short-sleeve-short-sleeve-short-sleeve-short-sleeve-short-sleeve-short",
            "loop",
            hit_limit=True,
        ),
        B.material("i don't know", "non_answer"),
        gender="Women",
    ),
    # Photo: on-model, light grey background; a man in navy blue running shorts (elastic waist with drawstring,
    # small white logo) with a grey melange crew-neck t-shirt, white running shoes, ankle socks.
    # caption: caption adapter.
    case(
        "MY-28020",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns. The "
            "gentleman wears socks in his shoes. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a gray t-shirt and blue shorts"),
        describe("shorts", "the shorts are gray with a drawstring waist", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        color_of("shorts", "navy blue"),
        color_of("t-shirt", "grey Question: What is the color of the shorts? Answer: grey", "leak"),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Running Shorts",
    ),
    # Photo: on-model, white background; a woman in an off-white cotton kurti with a blue floral print (round
    # neck, three-quarter sleeves, hip length) with blue jeans.
    case(
        "MY-28021",
        caption("a woman wearing a white and blue floral top and jeans"),
        wearing("a white kurti and blue jeans"),
        describe(
            "kurti",
            "The kurti is a traditional Indian dress. It is a long tunic that is worn over a salwar or churidar. It is",
            "cut",
            hit_limit=True,
        ),
        color_of("kurti", "cream"),
        B.garment_type(
            "blouse Question: What type of garment is this? Answer: blouse Question: What type of garment is",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtis",
        color="Off White",
        title="Sangria Women Off-White & Blue Floral Printed Pure Cotton Kurti",
    ),
    # Photo: on-model, light grey background; a man in a rust full-sleeve henley t-shirt (three-button placket)
    # with black jeans.
    # details: caption adapter.
    case(
        "MY-28022",
        caption("a man in an orange shirt and black jeans"),
        wearing("she is wearing an orange t-shirt", "pronoun"),
        describe("t-shirt", "a rust colored henley t-shirt with three buttons"),
        details(
            "t-shirt",
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The lower clothing is of "
            "long length. The upper clothing has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "orange"),
        gender="Men",
    ),
    # Photo: flat packshot on white; a black pullover hooded sweatshirt (no zipper, kangaroo pocket) with a white
    # logo print on the chest. No person. No catalog columns.
    case(
        "MY-28023",
        caption("a black hoodie with a white logo on the front"),
        wearing("a black hoodie"),
        describe("sweatshirt", "a black sweatshirt with a hood and a zipper", "unsupported"),
        color_of("sweatshirt", "black"),
        B.material("", "non_answer"),
        gender="Unisex",
    ),
    # Photo: on-model, white background; a woman in a navy blue and white striped full-sleeve shirt (no pocket,
    # buttoned cuffs) tucked into white trousers, a ring on her right hand.
    # caption: caption adapter.
    case(
        "MY-28024",
        caption(
            "The upper clothing has long sleeves, cotton fabric and stripe patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This woman "
            "wears a ring. The upper clothing has long",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue and white striped shirt and white pants"),
        describe("shirt", "a blue and white striped shirt tucked into white pants"),
        details("shirt", "the shirt has a pocket on the chest and rolled up sleeves", "unsupported"),
        color_of("shirt", "navy"),
        color_of("pants", "navy", "contradiction"),
        gender="Women",
        category="Shirts",
        color="Navy Blue",
        title="Mast & Harbour Women Navy Blue & White Regular Fit Striped Casual Shirt",
    ),
    # Photo: on-model, light grey background; a man in a mid-blue washed denim trucker jacket (two buttoned
    # flap chest pockets, button front) open over a black t-shirt, black jeans.
    # wearing: caption adapter.
    case(
        "MY-28025",
        caption("a man wearing a denim jacket and black pants"),
        wearing(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "a blue denim jacket with a black shirt underneath"),
        details("jacket", "two chest pockets with button flaps and a button front"),
        color_of("jacket", "black", "contradiction"),
        B.garment_type("denim", "contradiction"),
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Roadster Men Blue Washed Denim Jacket",
    ),
    # Photo: on-model, white background; a woman in a two-piece night suit: a blue notched-collar button-front
    # shirt with a chest pocket and a small white star print and white pyjamas with a blue star print, elastic waist.
    case(
        "MY-28026",
        caption("a woman in blue and white pajamas"),
        wearing("pajamas"),
        describe("night suit", "a blue and white pajama set with stars on it"),
        details(
            "night suit",
            "The night suit has a notched collar, a button placket and a chest pocket. The pyjamas have an elastic "
            "waist and a",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "night suit",
            "blue Answer: blue Answer: blue Answer: blue Answer: blue Answer: blue Answer: blue Answer: blue Answer:",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("pants", "contradiction"),
        gender="Women",
        category="Night suits",
        color="Blue",
        title="Sweet Dreams Women Blue & White Star Printed Night Suit",
    ),
    # Photo: flat packshot on white; a folded sky blue solid formal shirt (same-colour spread collar, long
    # sleeves folded back). No person.
    # caption: caption adapter (stopped early, correct).
    case(
        "MY-28027",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel."
        ),
        wearing("a man in a blue shirt", "unsupported"),
        describe("shirt", "a light blue dress shirt with a white collar", "unsupported"),
        color_of("shirt", "light blue"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Van Heusen Men Blue Slim Fit Solid Pure Cotton Formal Shirt",
    ),
    # Photo: on-model, white background; a woman in a sleeveless green maxi dress with a pink floral print,
    # V-neck, tie belt at the waist, no slit. No catalog columns.
    # describe: caption adapter.
    case(
        "MY-28028",
        caption("a woman in a green and pink floral maxi dress"),
        wearing("a green floral dress"),
        describe(
            "dress",
            "The upper clothing has no sleeves, chiffon fabric and floral patterns. It has a v-shape neckline. The "
            "upper clothing has no sleeves, chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        details("dress", "the dress has a slit on the side and a belt at the waist", "unsupported"),
        color_of(
            "dress",
            "green-pink-green-pink-green-pink-green-pink-green-pink-green-pink-green-pink-green",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        gender="Women",
    ),
    # Photo: on-model, light grey background; a man in olive green slim-fit chinos (flat front, slant pockets)
    # with a white full-sleeve shirt tucked in, brown belt.
    case(
        "MY-28029",
        caption("a man in a white shirt and green pants"),
        wearing("white shirt and olive pants"),
        describe("trousers", "white pants with a belt", "other_garment_color"),
        details(
            "trousers",
            "The trousers have a flat front and a slim fit. They have two side pockets and two back pockets. The "
            "trousers are made of cotton and",
            "cut",
            hit_limit=True,
        ),
        color_of("trousers", "olive"),
        color_of("shirt", "olive", "contradiction"),
        gender="Men",
        category="Trousers",
        color="Olive",
        title="Highlander Men Olive Green Slim Fit Solid Chinos",
    ),
    # Photo: on-model, white background; a woman in blue high-rise skinny jeans (clean, no rips, button and zip)
    # with a white short-sleeve crop top, a bracelet.
    # caption: caption adapter.
    case(
        "MY-28030",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her wrist. This woman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a man in a white shirt and blue jeans", "pronoun"),
        describe("jeans", "blue skinny jeans with ripped knees", "unsupported"),
        details("jeans", "the jeans are high waisted with a button and zip closure"),
        color_of("jeans", "blue"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Tokyo Talkies Women Blue Skinny Fit High-Rise Stretchable Jeans",
    ),
    # Photo: on-model, white background; a man in a navy blue cotton kurta with a small white floral print
    # (mandarin collar, long sleeves) and white pyjamas.
    # details: caption adapter.
    case(
        "MY-28031",
        caption("a man in a blue kurta and white pants"),
        wearing("a white kurta and pajama", "other_garment_color"),
        describe("kurta", "a navy blue kurta with a white print"),
        details(
            "kurta",
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is stand. "
            "The lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("pyjamas", "blue", "contradiction"),
        is_a(
            "kurta",
            "no Question: Is this a kurta? Answer: no Question: Is this a kurta? Answer: no Question: Is this",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Navy Blue",
        title="Sojanya Men Navy Blue & White Printed Pure Cotton Kurta with Pyjamas",
    ),
    # Photo: on-model, white background; a woman in a rust solid top (round neck, short puff sleeves) with black
    # jeans.
    case(
        "MY-28032",
        caption("a woman wearing an orange top and black jeans"),
        wearing("an orange top, black jeans and a white handbag", "unsupported"),
        describe("top", "the top is black", "other_garment_color"),
        details(
            "top",
            "The top has a round neck and short sleeves. The top has a round neck and short sleeves. The top has a "
            "round neck and",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "rust"),
        B.garment_type("blouse"),
        gender="Women",
        category="Tops",
        color="Rust",
        title="Harpa Women Rust Solid Puff Sleeve Top",
    ),
    # Photo: on-model, grey background, cropped at mid-thigh; a man in a black cotton innerwear vest (sleeveless,
    # round neck) with black trunks. No catalog columns.
    case(
        "MY-28033",
        caption("a man in a black tank top"),
        wearing(
            "A man wearing a black vest and black underwear. The vest is made of cotton and has a round neck. The "
            "underwear is made of",
            "cut",
            hit_limit=True,
        ),
        describe("vest", "a black sleeveless vest with a round neck"),
        color_of(
            "vest",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        B.garment_type(
            "tank Question: What is the color of the tank? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        B.material("cotton"),
        gender="Men",
    ),
    # Photo: on-model, light grey background; a woman in a yellow georgette saree with a green floral print and a
    # green border, worn with a green short-sleeve blouse; bangles on her wrist.
    # caption: caption adapter.
    case(
        "MY-28034",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. It has a v-shape neckline. "
            "The lower clothing is of long length. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow saree"),
        describe("saree", "a yellow saree with green flowers and a green border"),
        details(
            "saree",
            "The saree is made of georgette fabric and has a floral print all over. The blouse piece is made of "
            "silk and has a",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "yellow"),
        B.material("silk", "unsupported"),
        gender="Women",
        category="Sarees",
        color="Yellow",
        title="Saree mall Yellow & Green Floral Printed Georgette Saree",
    ),
    # Photo: on-model child, white background; a boy in a red round-neck short-sleeve t-shirt with a green
    # dinosaur print, blue denim shorts.
    # details: caption adapter (stopped before the limit, correct).
    case(
        "MY-28035",
        caption("a young boy wearing a red t-shirt and blue shorts"),
        wearing("a girl in a red shirt", "pronoun"),
        describe("t-shirt", "a red t-shirt with a dinosaur print"),
        details(
            "t-shirt",
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline.",
        ),
        color_of("t-shirt", "red"),
        color_of("shorts", "red", "contradiction"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Graphic Printed Round Neck Pure Cotton T-shirt",
    ),
    # Photo: on-model, white background; a woman in a black PU biker jacket (asymmetric silver zip, zipped
    # pockets) open over a grey t-shirt, blue jeans.
    # wearing: caption adapter.
    case(
        "MY-28036",
        caption("a woman in a black jacket and blue jeans"),
        wearing(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "This lady also wears an outer clothing, with leather",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "a black biker jacket with silver zippers"),
        color_of("jacket", "grey", "contradiction"),
        B.garment_type("jacket Question: What is the color of the jacket? Answer: black", "leak"),
        B.material("leather", "unsupported"),
        gender="Women",
        category="Jackets",
        color="Black",
        title="Tokyo Talkies Women Black Solid PU Biker Jacket",
    ),
    # Photo: on-model, light grey background; a man in a black short-sleeve running t-shirt with a small silver
    # reflective HRX logo on the chest, black running shorts.
    case(
        "MY-28037",
        caption("a man in a black shirt and black shorts"),
        wearing("black shirt and shorts"),
        describe(
            "t-shirt",
            "The t-shirt is a black t-shirt with a reflective logo on the chest. It is made of a lightweight, "
            "quick-dry fabric and has a",
            "cut",
            hit_limit=True,
        ),
        details("t-shirt", "the details of the t-shirt are the details that are on the t-shirt", "restated"),
        color_of("t-shirt", "black"),
        gender="Men",
    ),
    # Photo: on-model, light grey background; a woman in a white chikankari-embroidered straight kurta (round
    # neck, three-quarter sleeves) with pink palazzos.
    # describe: caption adapter.
    case(
        "MY-28038",
        caption("a woman wearing a white kurta with embroidery"),
        wearing("white", "non_answer"),
        describe(
            "kurta",
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The upper clothing has",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "The kurta has chikankari embroidery all over and three-quarter sleeves."),
        color_of("kurta", "white"),
        color_of("palazzos", "white", "contradiction"),
        B.garment_type("blouse/shirt", "contradiction"),
        gender="Women",
        category="Kurtas",
        color="White",
        title="Ada Women White Chikankari Embroidered Pure Cotton Straight Kurta",
    ),
    # Photo: on-model, white background; a man in a mustard yellow solid hooded sweatshirt (drawstrings,
    # kangaroo pocket) with blue jeans.
    case(
        "MY-28039",
        caption("a man in a yellow hoodie and blue jeans"),
        wearing("a blue hoodie and jeans", "other_garment_color"),
        describe("sweatshirt", "a mustard yellow hoodie with a kangaroo pocket and drawstrings"),
        color_of(
            "sweatshirt",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "no", "contradiction"),
        B.pattern("solid"),
        B.material("The material of the garment is the material that the garment is made of.", "restated"),
        gender="Men",
        category="Sweatshirts",
        color="Mustard",
        title="Roadster Men Mustard Yellow Solid Hooded Sweatshirt",
    ),
    # Photo: on-model, light grey background; a woman in navy blue track pants with white piping down the sides
    # (elastic waist, drawstring), a white tank top, white sneakers.
    # caption: caption adapter.
    case(
        "MY-28040",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a white tank top and navy blue track pants"),
        describe("track pants", "white track pants with blue stripes down the sides", "other_garment_color"),
        details("track pants", "they are track pants", "non_answer"),
        color_of("track pants", "white", "contradiction"),
        B.garment_type("pants"),
        B.material("polyester"),
        gender="Women",
        category="Track Pants",
        color="Navy Blue",
        title="Puma Women Navy Blue Solid Track Pants with Side Piping",
    ),
    # Photo: on-model, white background; a man in mid-blue denim shorts (button and zip, five pockets, light
    # fading on the thighs) with a black t-shirt. No catalog columns.
    case(
        "MY-28041",
        caption("a man wearing a black t-shirt and denim shorts"),
        wearing("black shirt and shorts"),
        describe("shorts", "the shorts are black", "other_garment_color"),
        details(
            "shorts",
            "The shorts have a button closure and five pockets. They are faded on the front. The shorts have a "
            "button closure and five pockets. The",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        B.garment_type("shorts Answer: shorts", "leak"),
        gender="Men",
    ),
    # Photo: on-model, white background; a woman in a cream kurta with a pink floral print (round neck, three-
    # quarter sleeves, a centre pleat below the yoke) and solid pink palazzos; a Kurta Set.
    case(
        "MY-28042",
        caption("a woman in a white and pink kurta and palazzo pants"),
        wearing("The person is wearing what she is wearing in the picture.", "restated"),
        describe("kurta", "a cream kurta with pink flowers and pink palazzo pants"),
        details(
            "kurta",
            "the kurta has a pleat in the center and a pleat in the center and a pleat in the center and a pleat in "
            "the center",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "pink", "contradiction"),
        color_of("palazzos", "pink"),
        B.garment_type(
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Cream",
        title="Anouk Women Cream-Coloured & Pink Floral Printed Kurta with Palazzos",
    ),
    # Photo: on-model, white background; a man in a men's night suit: grey melange short-sleeve t-shirt and navy
    # blue solid pyjamas. No catalog columns.
    case(
        "MY-28043",
        caption("a man in a gray t-shirt and blue pajama pants"),
        wearing("grey t-shirt and navy blue pants"),
        describe(
            "night suit",
            "The night suit is a set of clothes worn to bed. It consists of a t-shirt and a pair of pyjamas, usually "
            "made of",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "night suit",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            hit_limit=True,
        ),
        color_of("pyjamas", "grey", "contradiction"),
        B.material("cotton"),
        gender="Men",
    ),
    # Photo: on-model, white background; a woman in a lavender solid crew-neck sweatshirt (ribbed cuffs and hem,
    # dropped shoulders) with white track pants.
    # caption: caption adapter (stopped before the limit, correct).
    case(
        "MY-28044",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("a purple sweatshirt and white pants"),
        describe("sweatshirt", "a white sweatshirt", "other_garment_color"),
        details("sweatshirt", "ribbed cuffs and hem, dropped shoulders"),
        color_of("sweatshirt", "white", "contradiction"),
        is_a("sweatshirt", "sweater Question: Is this a sweatshirt? Answer: yes", "leak"),
        B.sleeve_length(
            "long-long-long-long-long-long-long-long-long-long-long-long-long-long-long",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweatshirts",
        color="Lavender",
        title="DressBerry Women Lavender Solid Sweatshirt",
    ),
]
