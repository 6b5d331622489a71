"""BLIND_209 (46 products; girls' and women's party and festive dresses, gowns, co-ords): written blind in the
thirty-ninth session. Measured blind at a6385dc (the session's rules as they stood): 94/116 failures found (81.0%) and
6/137 correct texts flagged (4.4%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of party and festive wear for women and girls: sequinned and satin
dresses, net and velvet gowns, co-ord sets (crop top with skirt, lehenga or palazzos, blazer with trousers),
jumpsuits and skirts, many with embellishments (sequins, bows, ruffles, feathers, embroidery) and many in two colors
(a navy bodice on a white tulle skirt, a white tee over a pink tutu). Each product has the seller's title, category,
color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman
in a red dress ...") or the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The
lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric ..."). The adapter was
trained with no end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; asked a question, it returns the caption template. The open questions (wearing,
description, details, material and the set's own open questions) come from the base model unless the comment says
the adapter answered them; the base model stops on its own and never has hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece color questions and the yes/no "Is this a ...?") are
enrich's `--engine reference` closed answers, chosen from candidate sets; they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: red for maroon or burgundy, blue for navy or teal blue,
  purple for mauve, lavender or lilac, yellow for mustard, pink for fuchsia, rose gold or peach (the base model calls
  peach pink), cream or white for off white or ivory, grey for silver sequins, green for teal or olive. A color of
  the print (gold foil dots on navy) given as the garment's color is a contradiction; the color of another piece of
  the outfit (the tucked-in tee, the blouse over a skirt, the other half of a co-ord) is other_garment_color.
- Garment synonyms count as correct: dress for a gown, lehenga for a flared festive skirt, suit for a blazer set,
  scarf for a dupatta, kurta and pants for a kurti with sharara, tutu for a tulle skirt, crown for a tiara.
  Calling a jumpsuit a dress or "a tank top and a long pants" (the adapter does both) is a contradiction, and so is
  "a white top and black pants" for a colour-blocked one-piece jumpsuit: the auditor sees one garment.
- Materials: one the title names (satin, velvet, tulle, organza, net as "mesh", sequins) is correct; chiffon for
  georgette is correct (the two sheer fabrics look alike and the model cannot tell them apart); a plausible guess on a
  plain printed cotton-look fabric ("cotton") is correct; a material neither named nor visible (silk on a net gown,
  on a satin dress or on a georgette lehenga set) is unsupported, and so is cotton for a skirt that is plainly tulle.
- Invented items not in the photo (a necklace, a belt, a handbag, a purse, a hat, heels on a photo cropped at the
  knees, a slit, a bow on a back the front-view photo does not show) are unsupported.
- The reference engine's wrong closed answers are contradiction (navy as black, maroon as pink, mustard as orange,
  pleats as striped, sleeveless as long sleeves, a jumpsuit as dress or pants), except where the color it gives is
  the one of another piece in the photo (other_garment_color). The trim or print color given as the garment's
  color (gold for a navy dress with gold dots, gold for a red lehenga with gold borders) is contradiction. A cape
  falling from the shoulders answered "long sleeves" is contradiction.
- Adapter texts: a text that repeats a sentence of the template is a loop; one that stops mid-sentence without
  repeating is cut; a template returned for the material question is restated (the question is not answered, even
  where the template mentions a fabric), even though it is also cut. Where the adapter's template misnames the
  garment itself (a jumpsuit as a dress), the misnaming is what the auditor sees first: contradiction, hit_limit kept.
  Where the adapter invents an accessory or a wrong fabric before it is cut, the cut is labelled (one kind per text).
  The template answering "What is the person wearing?" or "Describe the garment." does answer it, so those are cut
  or loop, not restated.
- A base answer cut short by an early stop ("it is made of") is cut, without hit_limit. An empty answer, "the
  details of the dress", "the dress has details" and "it is made of fabric" are non_answer; a material question
  answered with the garment's name and color is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" for a woman or a girl is pronoun.
- Co-ord sets named piece by piece in their own colors ("a black top and white skirt" for seller color Black) are
  correct. The reference engine's garment_type is asked of one set only (the kurti with sharara, where "dress" is
  contradiction); no single candidate would be right for the others.
- A color the base model gives a piece that no piece in the photo has ("white pants" for green palazzos) is
  contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
neckline = question("neckline", "What is the neckline of the dress?", "open")
embellishment = question("embellishment", "What embellishments are on the garment?", "open")

BLIND_209 = [
    # photo: model in a black sleeveless sequinned bodycon mini dress, round neck, plain grey studio backdrop.
    # caption: adapter
    case(
        "X209-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure color "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress with a silver belt", "unsupported"),
        D.garment_type("dress"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.material("sequins"),
        title="Women Black Sequinned Bodycon Party Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a knee-length pink layered tulle dress, short puff sleeves, satin bow at the waist.
    # details, material: adapter
    case(
        "X209-002",
        caption("a little girl in a pink dress with a bow"),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a round neckline. The dress is with "
            "chiffon fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Girls Pink Bow Detail Tulle Fit & Flare Party Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: model in a floor-length maroon net gown, sequin embroidery on the bodice, full sleeves, flared skirt.
    # details: adapter
    case(
        "X209-003",
        caption("a woman in a red gown posing for a photo"),
        D.garment_type("dress"),
        D.color("pink", "contradiction"),
        D.material("silk", "unsupported"),
        D.details(
            "The gown is with chiffon fabric and floral patterns. It has a v-shape neckline. The gown is of long "
            "length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        title="Women Maroon Embellished Net Maxi Gown",
        category="Gowns",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a black satin sleeveless crop top and a white flared midi skirt with a black floral print.
    case(
        "X209-004",
        caption("a woman in a black top and white skirt"),
        D.wearing("a black top and a black skirt", "other_garment_color"),
        color_top("black"),
        color_skirt("black", "other_garment_color"),
        D.pattern("floral"),
        title="Women Black & White Floral Print Crop Top with Skirt Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a sleeveless dress: navy sequinned bodice, white tulle skirt to the knee.
    # caption: adapter
    case(
        "X209-005",
        caption(
            "The female wears a sleeveless dress with color block patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The dress is of knee length. The female is wearing a pair of",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white dress"),
        D.color("blue"),
        D.sleeve_length("sleeveless"),
        D.description("a blue dress with a white skirt and a white bow", "unsupported"),
        title="Girls Navy Blue & White Sequinned Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: model in an emerald satin wide-leg jumpsuit, sleeveless V-neck, fabric belt tied in a bow.
    # details: adapter
    case(
        "X209-006",
        caption("a woman in a green jumpsuit posing for a photo"),
        D.garment_type("jumpsuit"),
        D.wearing("he is wearing a green jumpsuit", "pronoun"),
        D.color("green"),
        D.material("satin"),
        D.details(
            "The pants are with chiffon fabric and pure color patterns. The pants are of long length. The pants are "
            "with chiffon fabric and pure color patterns. The pants are of long",
            "loop",
            hit_limit=True,
        ),
        title="Women Emerald Green Satin Wide-Leg Jumpsuit with Belt",
        category="Jumpsuit",
        color="Green",
        gender="Women",
    ),
    # photo: model in a gold sequinned flared midi skirt with a black bodysuit tucked in, shot from the waist down
    # to the shoes.
    case(
        "X209-007",
        caption("a woman in a gold sequin skirt and black top holding a black handbag", "unsupported"),
        D.color("gold"),
        D.garment_type("skirt"),
        D.wearing("a black top and a black skirt", "other_garment_color"),
        D.material("sequin"),
        title="Women Gold-Toned Sequinned Flared Midi Skirt",
        category="Skirts",
        color="Gold",
        gender="Women",
    ),
    # photo: girl in a floor-length lavender layered net ball gown, cap sleeves, pearl work at the neckline; front
    # view only.
    # caption: adapter
    case(
        "X209-008",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        D.wearing("a purple dress"),
        is_a("gown", "yes"),
        D.details("a bow on the back", "unsupported"),
        D.sleeve_length("short sleeves"),
        title="Girls Lavender Embellished Net Ball Gown",
        category="Gowns",
        color="Lavender",
        gender="Girls",
    ),
    # photo: model in a red satin off-shoulder midi dress with a ruffle along the neckline and short ruffle sleeves.
    # description: adapter
    case(
        "X209-009",
        caption("a woman in a red dress with ruffles"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("red"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of medium length. The lady wears a sleeveless dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women Red Ruffled Off-Shoulder Satin Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a pink short kurti with gold gota embroidery at the neck and sleeves, matching pink flared
    # sharara. material: adapter
    case(
        "X209-010",
        caption("a woman in a pink outfit with gold embroidery"),
        D.wearing("a pink kurta and pants"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.details("gold embroidery on the neckline and sleeves"),
        D.material(
            "The lady wears a three-quarter sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a round neckline. The pants",
            "restated",
            hit_limit=True,
        ),
        title="Women Pink Embroidered Kurti with Sharara Co-Ord Set",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: girl in a yellow tiered dress with a small white floral print, flutter sleeves, bow at the waist.
    # caption: adapter
    case(
        "X209-011",
        caption(
            "The female wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. The female wears a short-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.wearing("a yellow dress and a yellow hat", "unsupported"),
        D.details("ruffles"),
        D.material("cotton"),
        title="Girls Yellow Floral Printed Tiered Party Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: model in a teal satin sleeveless gown with a sheer cape falling from the shoulders, sequin work on the
    # cape; no jewellery. details: adapter
    case(
        "X209-012",
        caption("a woman in a green dress with a cape"),
        D.color("blue"),
        D.wearing("a blue gown and a necklace", "unsupported"),
        D.garment_type("dress"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline. The dress is of "
            "long length. There",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Teal Blue Embellished Satin Gown with Cape",
        category="Gowns",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black crepe halter-neck jumpsuit with a silver beaded neckline, wide legs.
    # caption, description: adapter
    case(
        "X209-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.garment_type("pants", "contradiction"),
        D.color("black"),
        D.wearing("a black jumpsuit"),
        D.details("silver beads on the neck"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a sleeveless tank top with pure color patterns. The tank top",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Embellished Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a white short-sleeve top with a sequin heart and a pink tulle tutu skirt.
    # details: adapter
    case(
        "X209-014",
        caption("a little girl in a white shirt and pink tutu"),
        color_top("white"),
        color_skirt("white", "other_garment_color"),
        D.wearing("a pink skirt and a white top"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a round neckline. The skirt is of short "
            "length. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        D.material("tulle and cotton"),
        title="Girls White & Pink Sequin Heart Top with Tutu Skirt Set",
        category="Co-Ords",
        color="White",
        gender="Girls",
    ),
    # photo: model in a mustard flared ankle-length ethnic dress, mirror-work and embroidered yoke, three-quarter
    # sleeves.
    case(
        "X209-015",
        caption("a woman in a yellow dress with gold embroidery"),
        D.color("orange", "contradiction"),
        D.description("it is a long yellow dress with a flared skirt"),
        D.details("embroidered neckline"),
        D.material("it is made of cotton Question: what is the color of the dress? Answer: yellow", "leak"),
        title="Women Mustard Yellow Embroidered Anarkali Ethnic Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black tiered tulle maxi skirt with a white tee tucked in.
    # details: adapter
    case(
        "X209-016",
        caption("a woman wearing a white shirt and a black skirt"),
        D.garment_type("skirt"),
        D.wearing("a white shirt and a white skirt", "other_garment_color"),
        D.color("white", "other_garment_color"),
        D.material("cotton", "unsupported"),
        D.details(
            "The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. The lower "
            "clothing is of long length. The",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Tulle Tiered Maxi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: girl with a short bob in a red velvet long-sleeve dress, white Peter Pan collar, satin bow at the waist.
    # caption: adapter
    case(
        "X209-017",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of knee length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.material("velvet"),
        D.sleeve_length("long sleeves"),
        D.wearing("he is wearing a red dress", "pronoun"),
        D.details("the dress has details", "non_answer"),
        title="Girls Red Velvet Party Dress with Bow",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: model in a peach sequinned long-sleeve wrap dress, photo cropped just below the knees.
    # details: adapter
    case(
        "X209-018",
        caption("a woman in a pink dress with long sleeves"),
        D.color("peach"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress and high heels", "unsupported"),
        title="Women Peach-Coloured Sequinned Wrap Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a lilac organza top with ruffled sleeves and a matching lilac organza midi skirt with a
    # ruffle hem; front view only. wearing: adapter. Seller color missing.
    case(
        "X209-019",
        caption("a woman in a purple outfit"),
        D.material("organza"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        D.details("ruffles on the sleeves and a bow at the back", "unsupported"),
        title="Women Lilac Organza Ruffled Top & Skirt Co-Ord Set",
        category="Co-Ords",
        gender="Women",
    ),
    # photo: girl in a full-length fuchsia sleeveless jumpsuit with ruffled shoulders and a thin belt.
    # description: adapter
    case(
        "X209-020",
        caption("a little girl in a pink jumpsuit"),
        D.garment_type("dress", "contradiction"),
        D.color("pink"),
        D.wearing("a pink jumpsuit"),
        D.sleeve_length("short sleeves", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        D.description(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Girls Fuchsia Ruffled Party Jumpsuit",
        category="Jumpsuit",
        color="Fuchsia",
        gender="Girls",
    ),
    # photo: model in a strapless silver sequinned fishtail gown, sweetheart neckline, hem pooling on the floor;
    # no slit.
    # caption: adapter
    case(
        "X209-021",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        D.color("grey"),
        D.wearing("a silver sequin gown"),
        D.details("sequins"),
        D.description("a silver dress with a long train and a slit", "unsupported"),
        title="Women Silver Sequinned Fishtail Gown",
        category="Gowns",
        color="Silver",
        gender="Women",
    ),
    # photo: model in a navy knee-length A-line dress with gold foil polka dots, flutter sleeves, gold bangle on the
    # wrist. details: adapter
    case(
        "X209-022",
        caption("a woman in a blue dress with gold polka dots"),
        D.pattern("polka dot"),
        D.color("gold", "contradiction"),
        D.details(
            "The dress is with chiffon fabric and graphic patterns. It has a v-shape neckline. The dress is of knee "
            "length. There is an accessory on her wrist. She wears a pair of",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress with gold polka dots and a gold necklace", "unsupported"),
        title="Women Navy Blue & Gold Foil Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl in a sleeveless dress with a peach bodice and a cream net skirt, embroidered flowers, large bow at
    # the waist. material: adapter. Gender missing.
    case(
        "X209-023",
        caption("a little girl in a dress with flowers on it"),
        D.color("peach"),
        D.wearing("a pink and white dress"),
        D.details("the details of the dress", "non_answer"),
        D.material(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress",
            "restated",
            hit_limit=True,
        ),
        title="Girls Peach & Cream Embroidered Fit & Flare Dress with Bow",
        category="Dresses",
        color="Peach",
    ),
    # photo: model in a maroon velvet flared lehenga skirt with a gold zari border, plain gold short-sleeve blouse.
    # description: adapter
    case(
        "X209-024",
        caption("a woman in a red and gold outfit"),
        D.garment_type("skirt"),
        D.color("gold", "other_garment_color"),
        D.material("velvet"),
        D.wearing("a gold top and a gold skirt", "other_garment_color"),
        D.description(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady "
            "wears a short-sleeve shirt with pure",
            "cut",
            hit_limit=True,
        ),
        title="Women Maroon Velvet Embroidered Flared Lehenga Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white lace long-sleeve bodycon mini dress.
    case(
        "X209-025",
        caption("a woman in a white lace dress"),
        D.color("white"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("lace Question: what is the color of the dress? Answer: white", "leak"),
        D.material("lace"),
        title="Women White Lace Bodycon Party Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: girl in a royal blue gown, sequinned bodice, layered net skirt, silver tiara; no bow anywhere.
    # caption, description: adapter
    case(
        "X209-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. She wears a hat. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress and a crown"),
        D.color("blue"),
        D.details("sequins on the top and a bow", "unsupported"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. The lady wears "
            "a sleeveless dress with pure color patterns. The dress is of long",
            "loop",
            hit_limit=True,
        ),
        title="Girls Blue Sequinned Layered Net Gown",
        category="Gowns",
        color="Blue",
        gender="Girls",
    ),
    # photo: model in a black blazer with gold sequinned lapels, matching black straight trousers.
    # details, material: adapter
    case(
        "X209-027",
        caption("a woman in a black suit with gold trim"),
        D.wearing("a black jacket and pants"),
        color_pants("black"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The jacket is with cotton fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The jacket is with cotton fabric and pure color patterns. It has a lapel neckline. The pants are of long "
            "length. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Black & Gold Sequinned Blazer with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mauve georgette jumpsuit, flutter sleeves, ruffled V-neck, self belt.
    # caption: adapter
    case(
        "X209-028",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with chiffon fabric. It has "
            "a v-shape neckline. The romper is of long length. The lady wears a short",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        D.material("chiffon"),
        D.wearing("a purple jumpsuit Question: what is the color of the belt? Answer: purple", "leak"),
        D.garment_type("jumpsuit"),
        title="Women Mauve Georgette Ruffled Jumpsuit",
        category="Jumpsuit",
        color="Mauve",
        gender="Women",
    ),
    # photo: girl in a green ankle-length anarkali with gold embroidery, a pink dupatta over one shoulder.
    # details: adapter
    case(
        "X209-029",
        caption("a young girl in a green dress and a scarf"),
        D.wearing("a pink dress and a pink scarf", "other_garment_color"),
        D.color("green"),
        D.material("silk"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a round neckline. The dress is of long "
            "length. The dress is with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        color_dupatta("green", "other_garment_color"),
        title="Girls Green Embroidered Silk Blend Anarkali Gown with Pink Dupatta",
        category="Gowns",
        color="Green",
        gender="Girls",
    ),
    # photo: model in a rose gold sequinned slip midi dress with spaghetti straps, silver sandals visible.
    # description: adapter
    case(
        "X209-030",
        caption("a woman in a pink sequin dress"),
        D.color("gold"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress Question: what is the color of the shoes? Answer: silver", "leak"),
        title="Women Rose Gold Sequinned Slip Dress",
        category="Dresses",
        color="Rose Gold",
        gender="Women",
    ),
    # photo: model in a pink pleated satin midi skirt with a white blouse tucked in.
    # caption, details: adapter
    case(
        "X209-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with chiffon fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color("pink"),
        D.pattern("striped", "contradiction"),
        D.material("satin"),
        D.details(
            "The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. The lower "
            "clothing is of long length. The fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white blouse and a white skirt", "other_garment_color"),
        title="Women Pink Pleated Satin Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: girl in a sea green sleeveless sequinned crop top and matching sea green flared palazzos.
    # material: adapter
    case(
        "X209-032",
        caption("a little girl in a green outfit"),
        D.wearing("a green top and white pants", "contradiction"),
        D.color("green"),
        D.details("the top has sequins"),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with",
            "restated",
            hit_limit=True,
        ),
        title="Girls Sea Green Sequinned Crop Top with Palazzo Set",
        category="Co-Ords",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: model in a burgundy velvet off-shoulder gown with long sleeves and a thigh-high slit; no belt.
    # description, material: adapter
    case(
        "X209-033",
        caption("a woman in a red velvet dress"),
        D.color("maroon"),
        D.sleeve_length("long sleeves"),
        D.details("a slit on the side"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape",
            "restated",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a red dress and a black belt", "unsupported"),
        title="Women Wine Velvet Off-Shoulder Gown",
        category="Gowns",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a colour-blocked one-piece jumpsuit: white sleeveless top half, black wide-leg bottom half,
    # black belt at the seam. details: adapter
    case(
        "X209-034",
        caption("a woman in a white top and black pants", "contradiction"),
        D.garment_type("jumpsuit"),
        D.color("white"),
        D.wearing("a black and white jumpsuit"),
        D.pattern("color block"),
        D.details(
            "The pants are with cotton fabric and color block patterns. The pants are of long length. The pants are "
            "with cotton fabric and color block patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        title="Women White & Black Colourblocked Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: girl in an off-white net fit-and-flare dress with pastel floral embroidery, flutter sleeves.
    # caption: adapter
    case(
        "X209-035",
        caption(
            "The female wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of knee length. The female wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("cream"),
        D.wearing("a white dress"),
        D.material("mesh"),
        D.pattern("solid", "contradiction"),
        title="Girls Off White Embroidered Net Fit & Flare Party Dress",
        category="Dresses",
        color="Off White",
        gender="Girls",
    ),
    # photo: model in a black ankle-length dress with a pink floral print, ruffled tiers, full sleeves.
    # description: adapter
    case(
        "X209-036",
        caption("a woman in a black dress with pink flowers"),
        D.color("black"),
        D.details("ruffles and a belt", "unsupported"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a black dress", "pronoun"),
        D.pattern("floral"),
        title="Women Black & Pink Floral Print Ruffled Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in an ivory crop top covered in gold sequins, ivory flared net lehenga skirt with a gold border,
    # ivory dupatta. details, description: adapter
    case(
        "X209-037",
        caption("a woman in a white and gold lehenga"),
        D.color("white"),
        D.material("silk", "unsupported"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The skirt is of long "
            "length. The skirt is with chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white lehenga and a white dupatta"),
        D.description(
            "The lady wears a sleeveless crop top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Women Ivory & Gold Embellished Georgette Crop Top with Net Lehenga Set",
        category="Co-Ords",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a navy georgette floor-length gown, silver sequin embroidery on the bodice, full sleeves.
    # caption: adapter
    case(
        "X209-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.wearing("a blue dress with silver sequins"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Navy Blue Embellished Georgette Gown",
        category="Gowns",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl in a pink layered tutu skirt with a sequinned waistband and a plain white tee.
    # details: adapter
    case(
        "X209-039",
        caption("a little girl in a pink tutu"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        D.wearing("a white shirt and a pink skirt"),
        D.details(
            "The lower clothing is of short length. The fabric is chiffon and it has pure color patterns. The lower "
            "clothing is of short length. The fabric is chiffon",
            "loop",
            hit_limit=True,
        ),
        title="Girls Pink Layered Tutu Skirt with Sequin Waistband",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: model in a purple one-shoulder sleeveless sequinned mini dress with a feather trim at the hem; empty
    # hands, no bag. material: adapter
    case(
        "X209-040",
        caption("a woman in a purple dress with feathers"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("purple"),
        D.details("feathers"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.wearing("a purple dress and a purple purse", "unsupported"),
        embellishment("feathers and sequins"),
        title="Women Purple Sequinned One-Shoulder Bodycon Dress with Feather Hem",
        category="Dresses",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a mini skirt of horizontal black and gold sequin stripes, plain black top.
    # wearing: adapter
    case(
        "X209-041",
        caption("a woman wearing a black and gold sequin skirt"),
        D.pattern("striped"),
        D.color("black"),
        D.material("sequins"),
        D.wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The skirt is with other "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        D.details("sequins Question: what is the length of the skirt? Answer: short", "leak"),
        title="Women Gold-Toned & Black Striped Sequinned Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a red lehenga with gold gota borders, red short-sleeve blouse, red dupatta.
    # caption: adapter. Gender missing.
    case(
        "X209-042",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "cotton fabric. The skirt is with cotton fabric and pure color patterns. The female",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and gold dress"),
        D.color("gold", "contradiction"),
        D.details("gold embroidery Question: what is the color of the dupatta? Answer: red", "leak"),
        D.material("it is made of", "cut"),
        title="Girls Red & Gold Ethnic Crop Top with Lehenga Set",
        category="Co-Ords",
        color="Red",
    ),
    # photo: model in a cobalt blue satin cowl-neck slip midi dress. description: adapter. Gender missing.
    case(
        "X209-043",
        caption("a woman in a blue satin dress"),
        D.color("blue"),
        D.material("satin"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless",
            "loop",
            hit_limit=True,
        ),
        D.wearing("", "non_answer"),
        title="Women Cobalt Blue Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Blue",
    ),
    # photo: girl in a white short-sleeve party dress with gold foil polka dots and a gold belt.
    # details, material: adapter
    case(
        "X209-044",
        caption("a little girl in a white dress with gold polka dots"),
        D.pattern("polka dot"),
        D.wearing("she is wearing a white dress with gold dots"),
        D.details(
            "The dress is with cotton fabric and graphic patterns. It has a round neckline. The dress is of knee "
            "length. The dress is with cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Girls White & Gold Polka Dot Print Party Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: model in an olive crepe jumpsuit with attached sheer cape sleeves and an embellished neckline.
    # caption: adapter
    case(
        "X209-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.color("green"),
        D.garment_type("jumpsuit"),
        D.wearing("a green dress with a cape", "contradiction"),
        D.material("it is a green jumpsuit", "restated"),
        embellishment("beads on the neckline"),
        title="Women Olive Green Embellished Cape Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a turquoise tiered ruffle mini dress with short puff sleeves; front view only.
    # description: adapter
    case(
        "X209-046",
        caption("a woman in a blue dress with ruffles"),
        D.color("blue"),
        D.details("ruffles and a bow in the back", "unsupported"),
        D.description(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The dress is of short length. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a blue dress", "pronoun"),
        title="Women Turquoise Blue Tiered Ruffle Mini Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Women",
    ),
]
