"""BLIND_1063 (46 products; Myntra lehengas/ethnic skirts, caption epoch 3): written blind in the fifty-ninth session.
Measured blind at d16324b (the session's sixth rules): 106/118 failures found (89.8%) and 30/152 correct texts flagged
(19.7%). The writer's notes, verbatim:

Scenario: Myntra catalog rows for girls' and women's lehenga cholis (Lehenga Choli) and ethnic flared, tiered and
maxi skirts (Skirts). Studio product shots, mostly on a white or light grey backdrop, worn by an adult model or a
child; lehengas come with a choli and usually a dupatta draped over a shoulder, an arm or the head, and jewellery
(jhumkas, bangles, rings); skirts are worn with a crop top, T-shirt, short kurti or sweater of another color.

Who wrote what: every text comes from BLIP-2 OPT-2.7b with the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption). Captions (50 new tokens) and open answers (30 new tokens) are free
generation; closed answers (garment type, color, pattern, sleeve length, the yes/no garment question) come from the
reference engine, which ranks candidate values, so they are one value and never loop or stop short. The adapter
has no end token: it often runs to the limit, looping the DeepFashion template or stopping mid-sentence, and now
and then starts a new "Question: ... Answer:" after its answer. Its vocabulary is the DeepFashion template: "The
lady wears a sleeveless tank top with pure color patterns and a long skirt", fabrics cotton / chiffon / denim /
knitting / leather / furry / other, patterns pure color / floral / graphic / striped / lattice / color block,
"There is an accessory on her wrist". Captions carry no hue names; answers to an open color question, and a few
"wearing" and "describe" answers, do name a hue, primed by the question.

Labeling conventions and judgement calls:
- The product is the lehenga (skirt) or the ethnic skirt; the choli, top, kurti, dupatta are other garments. An open
  answer that gives the product the color of the choli, top, dupatta or backdrop is other_garment_color; a closed
  answer (reference engine) with a wrong color is contradiction, even when the value is another garment's color.
- Vocabulary: "long skirt" for a lehenga and "tank top", "top", "shirt", "blouse" for a choli or kurti are the
  adapter's nearest classes and count as correct; "pants", "dress", "kurta", "trousers", "saree" for a lehenga or
  skirt are contradictions. "long" for a calf-length skirt is accepted; "short skirt" for an ankle-length lehenga
  is a contradiction.
- Fabric: chiffon for georgette or net is the nearest DeepFashion class and counts as correct; "other fabric" for
  silk or tissue is correct; cotton for silk, furry for velvet, denim, leather or knitting for a woven skirt are
  unsupported (a material the catalog and the photo do not support).
- "pure color patterns" for a lehenga with only a border or scattered small butis is accepted; a closed pattern
  that contradicts the title's print, stripe or embroidery is a contradiction. Peach called pink, lavender or mauve
  called purple, burgundy called maroon, rust called orange, off white called white are accepted shades.
- Accessories: "There is an accessory on her wrist", "a ring", "a bag in her hand" are correct where the photo
  comment says bangles, a ring or a bag are visible; a hat, sunglasses, glasses, a belt, pockets, a zip, a slit,
  drawstrings or latkans that the photo does not show are unsupported.
- A text that runs to the token limit in a repeating template is loop; one that stops mid-sentence at the limit
  without repeating is cut. A loop that also repeats an invented claim ("She wears a hat" x4) is labeled loop.
  Both carry hit_limit=True. A leak that runs to the limit is labeled leak (hit_limit=True).
- Pronoun: he, his, the man, the gentleman or the boy for a Women or Girls row is pronoun; "the lady" for a girl is
  not a failure. Rows without a gender column keep the title's "Women" or "Girls" as the truth for the photo.
- A one-word or yes/no answer to an open question ("skirt", "yes", "no") and "The garment is made of fabric." are
  non_answer; the question echoed back, or "The skirt details are the details of the skirt.", is restated.
- One failure per text: the most salient kind is chosen when a text has two.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    caption,
    case,
    color_of,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS
D = DEFAULT_QUESTIONS


def color_open(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' color question, answered by free generation."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1063 = [
    # photo: woman, front view, maroon velvet flared lehenga with a wide gold zari embroidered border, gold brocade
    # sleeveless choli, sheer maroon dupatta over the left shoulder, jhumkas and gold bangles, plain grey backdrop.
    # All texts: caption adapter epoch 3 (closed ones through the reference engine).
    case(
        "X1063-001",
        caption(
            "The lady wears a sleeveless top with graphic patterns and a long skirt with pure color patterns. There is"
            " an accessory on her wrist. She wears earrings. There is a ring on her finger. The long skirt is of long"
            " length and its fabric is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("lehenga choli"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        wearing(
            "The lady wears a sleeveless tank top with graphic patterns and a long skirt with pure color patterns."
        ),
        Q.material("The skirt is with cotton fabric and its waist is of normal length.", "unsupported"),
        title="Ethnicity Women Maroon & Gold-Toned Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: girl of about six, front view, peach flared lehenga with gold foil floral print, peach short-sleeve
    # choli with the same print, off-white net dupatta round the neck, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-002",
        caption(
            "The girl wears a short-sleeve top with floral patterns and a long skirt. The skirt is with cotton fabric"
            " and floral patterns. The top is with cotton fabric and its neckline is round."
        ),
        wearing(
            "The girl wears a short-sleeve top with floral patterns and a long skirt with floral patterns.",
            who="the girl",
        ),
        Q.color("peach"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        D.details(
            "The skirt details are the details of the skirt. The skirt details are the details of the skirt. The"
            " skirt details are the details",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        title="Biba Girls Peach-Coloured & Gold-Toned Printed Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Girls",
    ),
    # photo: woman, front view, mustard cotton maxi skirt with small white block-printed motifs, white sleeveless
    # crop top, no jewellery on the wrists, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with cotton"
            " fabric and graphic patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_open("skirt", "white", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.pattern("printed"),
        D.description(
            "The skirt is of long length. The skirt is with cotton fabric and graphic patterns. It has a flared hem."
        ),
        Q.material("cotton"),
        title="Global Desi Women Mustard Yellow Printed Cotton Flared Maxi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman, three-quarter view, bottle-green georgette lehenga with pink and gold thread embroidery at the
    # hem, pink blouse with elbow sleeves, pink dupatta over both arms, beige studio backdrop. Caption adapter epoch 3.
    case(
        "X1063-004",
        caption(
            "The lady wears a long skirt with pure color patterns and a sleeveless top. The skirt is with chiffon"
            " fabric. The lady wears a long skirt with pure color patterns and a sleeveless top. The skirt is with"
            " chiffon fabric. The",
            "loop",
            hit_limit=True,
        ),
        color_open("lehenga", "pink", "other_garment_color"),
        Q.color("green"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing(
            "The lady wears a long skirt with pure color patterns. Question: What is the color of the skirt? Answer:"
            " The",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        title="Soch Women Green & Pink Embroidered Georgette Semi-Stitched Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: girl of about eight, front view, baby-pink layered net lehenga with a sequinned waistband, pink
    # sleeveless sequinned choli, no dupatta, a bow clip in her hair, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-005",
        caption(
            "The girl wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with chiffon"
            " fabric and pure color patterns. She wears a hat.",
            "unsupported",
        ),
        wearing("He wears a sleeveless tank top and a long skirt.", "pronoun", who="the girl"),
        Q.garment_type("lehenga choli"),
        Q.color("pink"),
        Q.material("The skirt is with chiffon fabric and pure color patterns. The tank top is with chiffon fabric."),
        D.details(
            "The skirt is of long length. The skirt is of long length. The skirt is of long length. The skirt is of"
            " long length.",
            "loop",
            hit_limit=True,
        ),
        title="Cutecumber Girls Pink Embellished Net Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman, front view, ankle-length navy skirt with white bagru floral print, off-white short kurti with
    # full sleeves over it, silver oxidised bangles on both wrists, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt with floral patterns. The"
            " skirt is with cotton fabric. There is an accessory on her wrist."
        ),
        Q.color("navy blue"),
        Q.pattern("floral"),
        color_open("skirt", "The skirt is white with floral patterns.", "other_garment_color"),
        D.description(
            "The lady wears a long skirt. The lady wears a long skirt. The lady wears a long skirt. The lady wears a"
            " long",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Sabhyata Women Navy Blue & White Bagru Printed Cotton Flared Ethnic Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bride-style shot, woman, front view, red lehenga covered in gold zari embroidery, red half-sleeve choli,
    # red net dupatta draped over her head, heavy necklace, bangles and rings, light grey backdrop, no hat.
    # Caption adapter epoch 3.
    case(
        "X1063-007",
        caption(
            "The lady wears a short-sleeve top with graphic patterns and a long skirt with graphic patterns. There is"
            " an accessory on her wrist. There is a ring on her finger. She wears a hat.",
            "unsupported",
        ),
        wearing("The lady wears a short-sleeve top with graphic patterns and a long skirt with graphic patterns."),
        Q.color("gold", "contradiction"),
        Q.pattern("embroidered"),
        Q.garment_type("lehenga choli"),
        is_a("saree", "no"),
        title="Mitera Women Red & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: girl, front view, holding out a yellow cotton ghagra skirt with a small green leaf print and a gota
    # lace hem, white short-sleeve round-neck T-shirt, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-008",
        caption(
            "The girl wears a short-sleeve T-shirt with pure color patterns and a long skirt with floral patterns. The"
            " T-shirt is with cotton fabric and its neckline is round. The skirt is with cotton fabric and floral"
            " patterns. Her",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and a yellow skirt", who="the girl"),
        color_of("skirt", "yellow"),
        Q.pattern("floral"),
        D.details("yes", "non_answer"),
        Q.sleeve_length("short"),
        title="Bitiya by Bhama Girls Yellow Printed Cotton Flared Ethnic Skirt",
        category="Skirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman, full-length front view, magenta georgette lehenga with scattered silver sequins, magenta
    # sleeveless blouse with a round neck, dupatta over one arm, white backdrop. Caption adapter epoch 3. The feed
    # row has no gender.
    case(
        "X1063-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with chiffon"
            " fabric and pure color patterns. The tank top is with chiffon fabric and its neckline is round."
        ),
        Q.color("pink"),
        Q.garment_type("dress", "contradiction"),
        D.wearing(
            "The lady wears a sleeveless tank top and a long skirt. The lady wears a sleeveless tank top and a long"
            " skirt. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        Q.material("The skirt is with denim fabric.", "unsupported"),
        D.details(
            "The details of the garment are embroidered. Question: What is the pattern of the garment? Answer:",
            "leak",
        ),
        title="Fabcartz Magenta Georgette Sequinned Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # photo: woman, angled view, black A-line ankle skirt with gold foil geometric print, rust short kurti with full
    # sleeves, no sunglasses, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt with graphic patterns. The"
            " skirt is with cotton fabric."
        ),
        wearing(
            "The lady wears a long-sleeve shirt and a long skirt. There is an accessory on her wrist. She wears"
            " sunglasses.",
            "unsupported",
        ),
        color_open("skirt", "The skirt is rust with graphic patterns.", "other_garment_color"),
        Q.color("black"),
        Q.pattern("geometric"),
        D.description("The lady wears a long dress with graphic patterns.", "contradiction"),
        title="W Women Black & Gold-Toned Foil Printed Cotton Flared Ethnic Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: girl, front view, royal-blue silk lehenga with a wide pink embroidered border, pink short-sleeve
    # blouse, pink dupatta on one shoulder, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-011",
        caption(
            "The girl wears a short-sleeve top with pure color patterns and a long skirt with color block patterns."
        ),
        Q.color("pink", "contradiction"),
        color_open("lehenga", "blue"),
        D.description(
            "The girl wears a long skirt with color block patterns. The girl wears a long skirt with color block"
            " patterns. The girl wears",
            "loop",
            hit_limit=True,
        ),
        D.wearing("Her shirt has short sleeves, cotton fabric and pure color patterns. The lady wears a long skirt."),
        Q.sleeve_length("short"),
        title="Kid1 Girls Blue & Pink Embroidered Ready to Wear Silk Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Girls",
    ),
    # photo: woman mid-twirl, front view, mustard cotton lehenga with a maroon bandhani dot print, maroon sleeveless
    # choli, mustard dupatta, no glasses, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with graphic patterns. The"
            " skirt is with cotton fabric."
        ),
        color_open("skirt", "maroon", "other_garment_color"),
        Q.color("mustard"),
        Q.pattern("printed"),
        D.material(
            "cotton. Question: What is the color of the skirt? Answer: The skirt is mustard with graphic patterns."
            " Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.wearing("The lady wears a sleeveless tank top and a long skirt. She wears a pair of glasses.", "unsupported"),
        is_a("lehenga", "yes"),
        title="Inddus Women Mustard & Maroon Bandhani Printed Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman, front view, teal solid flared ankle-length skirt with a thin gold lace at the hem, black
    # sleeveless crop top, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with pure color patterns."
            " The tank top is with cotton fabric and its neckline is round. The skirt is with chiffon fabric."
        ),
        color_open("skirt", "black", "other_garment_color"),
        Q.color("teal"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        D.details("The details of the garment are the details of the garment.", "restated"),
        wearing("She is wearing a black top and a teal skirt with a gold border.", who="she"),
        title="Rangriti Women Teal Green Solid Flared Skirt",
        category="Skirts",
        color="Teal",
        gender="Women",
    ),
    # photo: girl, front view, red lehenga with cream floral printed panels, cream sleeveless choli with red
    # piping, red dupatta across the body, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-014",
        caption(
            "The boy wears a sleeveless tank top with floral patterns and a long skirt with floral patterns.", "pronoun"
        ),
        Q.color("cream", "contradiction"),
        Q.pattern("floral"),
        D.description(
            "The skirt is of long length. It is with cotton fabric and floral patterns. The tank top has no sleeves."
        ),
        D.wearing("a long skirt"),
        D.details(
            "The tank top is with cotton fabric and its neckline is round. The skirt is of long length and it is with"
            " cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Pink Chick Girls Red & Cream-Coloured Printed Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: woman, hand on waist, navy net lehenga with silver sequins all over, navy sleeveless blouse,
    # silver-grey net dupatta, stacked bangles and a ring, grey backdrop. Caption adapter epoch 3.
    case(
        "X1063-015",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a long skirt. The skirt is with chiffon"
            " fabric and graphic patterns. There is an accessory on her wrist. She wears a ring on her finger. The"
            " tank top is with",
            "cut",
            hit_limit=True,
        ),
        color_open("lehenga", "The lehenga is silver with graphic patterns.", "other_garment_color"),
        Q.color("navy blue"),
        Q.garment_type("lehenga choli"),
        D.material("The skirt is with leather fabric.", "unsupported"),
        Q.sleeve_length("sleeveless"),
        title="Panchhi Women Navy Blue & Silver-Toned Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman, front view, patchwork maxi skirt of red, green, mustard and blue cotton panels with mirror work,
    # white short-sleeve T-shirt worn loose over the waistband, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-016",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt with color block"
            " patterns. The T-shirt is with cotton fabric. The skirt is with cotton fabric."
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt with color block"
            " patterns.",
            who="the lady",
        ),
        color_open("skirt", "white", "other_garment_color"),
        Q.color("multi"),
        Q.pattern("patchwork"),
        D.details(
            "The skirt has mirror work and patchwork panels, with a drawstring waist and tassels.", "unsupported"
        ),
        is_a("dress", "yes", "contradiction"),
        title="Anouk Women Multicoloured Patchwork Cotton Flared Maxi Skirt with Mirror Work",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: woman, front view, peach net lehenga with pastel thread embroidery, peach cap-sleeve choli, peach
    # dupatta, pale pink backdrop. Caption adapter epoch 3.
    case(
        "X1063-017",
        caption(
            "The lady wears a short-sleeve top with floral patterns and a long skirt with floral patterns. The lady"
            " wears a short-sleeve top with floral patterns and a long skirt with floral patterns. The lady wears a"
            " short-sleeve",
            "loop",
            hit_limit=True,
        ),
        Q.color("peach"),
        Q.garment_type("lehenga choli"),
        D.description("The garment is a garment.", "restated"),
        color_open("lehenga", "pink"),
        Q.material("chiffon"),
        title="Warthy Ent Women Peach-Coloured Embroidered Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: girl, front view, bottle-green ghagra skirt with a golden gota patti border, pink short kurti top with
    # short sleeves, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-018",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns."
            " The shirt is with cotton fabric and its neckline is round. The skirt is of long length and it is with"
            " cotton",
            "cut",
            hit_limit=True,
        ),
        color_open("skirt", "The skirt is pink.", "other_garment_color"),
        Q.color("green"),
        wearing("She wears a pink top and a green skirt with a golden border.", who="the girl"),
        Q.material("The skirt is with knitting fabric.", "unsupported"),
        is_a("skirt", "yes"),
        title="Cherry Crumble Girls Green Solid Flared Ethnic Skirt with Gota Patti",
        category="Skirts",
        color="Green",
        gender="Girls",
    ),
    # photo: woman, front view, purple banarasi silk lehenga with woven gold motifs and a gold border, gold brocade
    # short-sleeve blouse, purple dupatta, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-019",
        caption(
            "The lady wears a short-sleeve top with graphic patterns and a long skirt. The skirt is with cotton"
            " fabric and graphic patterns.",
            "unsupported",
        ),
        wearing("The lady wears a short-sleeve top with graphic patterns and a long skirt with graphic patterns."),
        Q.color("purple"),
        Q.pattern("woven design"),
        D.details(
            "The skirt is of long length. The skirt has a gold border at the hem and woven gold motifs all over. The"
            " top is",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long", "contradiction"),
        title="Kalini Women Purple & Gold-Toned Woven Design Banarasi Silk Lehenga Choli",
        category="Lehenga Choli",
        color="Purple",
        gender="Women",
    ),
    # photo: woman, front view, off-white cotton skirt with red and black block-printed flowers, red sleeveless
    # top, white backdrop. Caption adapter epoch 3. The feed row has no color.
    case(
        "X1063-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with floral patterns. The"
            " skirt is with cotton fabric."
        ),
        color_open("skirt", "red", "other_garment_color"),
        Q.color("off white"),
        Q.pattern("floral"),
        D.description(
            "Describe the garment. The lady wears a sleeveless tank top with pure color patterns and a long skirt",
            "restated",
        ),
        D.material("cotton"),
        Q.garment_type("trousers", "contradiction"),
        title="Jaipur Kurti Women Off-White & Red Block Print Cotton Flared Skirt",
        category="Skirts",
        gender="Women",
    ),
    # photo: girl, front view, mustard silk lehenga with a green brocade border, green short-sleeve choli, mustard
    # dupatta, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-021",
        caption(
            "The girl wears a short-sleeve top with pure color patterns and a long skirt with pure color patterns. The"
            " skirt is with other fabric."
        ),
        color_open("lehenga", "green", "other_garment_color"),
        Q.color("mustard"),
        wearing(
            "The girl wears a short-sleeve top with pure color patterns and a long skirt. Question: What is the girl"
            " wearing? Answer:",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        Q.garment_type("lehenga choli"),
        title="Bownbee Girls Mustard & Green Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: woman, front view, black velvet lehenga with gold mirror and zari embellishment, black full-sleeve
    # velvet blouse, sheer black dupatta with a gold border, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-022",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long skirt with graphic patterns. The shirt"
            " is with furry fabric.",
            "unsupported",
        ),
        wearing("The lady wears a long-sleeve shirt with graphic patterns and a long skirt with graphic patterns."),
        Q.color("black"),
        Q.sleeve_length("long"),
        D.details(
            "The skirt is with graphic patterns. The skirt is with graphic patterns. The skirt is with graphic"
            " patterns. The skirt is with graphic",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "no", "contradiction"),
        title="Shopgarb Women Black & Gold-Toned Embellished Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: woman, front view, rust tiered maxi skirt with a small ivory floral print and an elasticated gathered
    # waist, ivory cropped short-sleeve top with a V neck, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-023",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. The"
            " skirt is with cotton fabric. The shirt is with cotton fabric and its neckline is v-shape."
        ),
        color_open("skirt", "The skirt is orange with floral patterns."),
        Q.color("rust"),
        Q.pattern("striped", "contradiction"),
        D.wearing("skirt", "non_answer"),
        D.details("The skirt has three tiers with gathers and an elasticated waist."),
        title="Biba Women Rust Orange Printed Cotton Tiered Maxi Skirt",
        category="Skirts",
        color="Rust",
        gender="Women",
    ),
    # photo: girl, side view, lavender net lehenga with light silver embroidery, lavender sleeveless choli, no
    # dupatta, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-024",
        caption(
            "The girl wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with chiffon"
            " fabric and pure color patterns."
        ),
        wearing(
            "His tank top has no sleeves, chiffon fabric and pure color patterns. The lady wears a long skirt.",
            "pronoun",
            who="the girl",
        ),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a long skirt. The skirt is of long length. The skirt is of long length. The skirt is of"
            " long length. The",
            "loop",
            hit_limit=True,
        ),
        title="Fashion Dream Girls Lavender Embroidered Ready to Wear Net Lehenga Choli",
        category="Lehenga Choli",
        color="Lavender",
        gender="Girls",
    ),
    # photo: woman, front view, sea-green crepe lehenga with a pink floral print, pink sleeveless choli, sea-green
    # dupatta, bangles and a ring, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with floral patterns. The"
            " skirt is with chiffon fabric. There is an accessory on her wrist. The lady wears a ring. The tank top"
            " is with chiffon",
            "cut",
            hit_limit=True,
        ),
        color_open("lehenga", "pink", "other_garment_color"),
        Q.color("green"),
        Q.pattern("floral"),
        D.material("The garment is made of fabric.", "non_answer"),
        title="Ethnovog Women Sea Green & Pink Floral Printed Crepe Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
        gender="Women",
    ),
    # photo: woman, front view, maroon velvet flared skirt with a gold embroidered hem, black full-sleeve
    # turtleneck sweater, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-026",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with"
            " knitting fabric.",
            "pronoun",
        ),
        color_open("skirt", "The skirt is black.", "other_garment_color"),
        Q.color("maroon"),
        Q.garment_type("skirt"),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt with pure color patterns."
        ),
        Q.pattern("striped", "contradiction"),
        title="Saadgi Women Maroon Embroidered Velvet Flared Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman, front view, haldi-yellow cotton lehenga with a blue floral print, blue short-sleeve choli,
    # yellow dupatta, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-027",
        caption(
            "The lady wears a short-sleeve top with floral patterns and a long pants. The pants are with cotton fabric"
            " and floral patterns.",
            "contradiction",
        ),
        Q.garment_type("lehenga choli"),
        Q.color("yellow"),
        color_open("lehenga", "The lehenga is blue with floral patterns.", "other_garment_color"),
        D.description(
            "The lady wears a long skirt with floral patterns. The skirt is with cotton fabric and floral patterns."
            " It has a",
            "cut",
            hit_limit=True,
        ),
        title="Ethnic Basket Women Yellow & Blue Floral Printed Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Women",
    ),
    # photo: girl, front view, off-white calf-length tiered skirt with a small pink floral print, pink sleeveless
    # top, no belt, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-028",
        caption("The girl wears a sleeveless tank top with pure color patterns and a long skirt with floral patterns."),
        color_open("skirt", "pink", "other_garment_color"),
        Q.color("white"),
        Q.pattern("floral"),
        D.details(
            "The skirt is of three-point length. The skirt is of three-point length. The skirt is of three-point"
            " length. The skirt is",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The skirt is with cotton fabric and floral patterns. It has a belt at the waist.", "unsupported"
        ),
        is_a("skirt", "yes"),
        title="Biba Girls Off-White & Pink Floral Printed Tiered Skirt",
        category="Skirts",
        color="Off White",
        gender="Girls",
    ),
    # photo: woman, front view, turquoise silk lehenga with gold zari stripes, turquoise blouse with elbow sleeves,
    # gold tissue dupatta, bangles, jhumkas, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-029",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt with striped patterns. The"
            " skirt is with other fabric. There is an accessory on her wrist. She wears earrings."
        ),
        Q.color("blue"),
        Q.pattern("striped"),
        color_open("lehenga", "gold", "other_garment_color"),
        Q.sleeve_length("elbow"),
        D.wearing(
            "She is wearing a lehenga choli with a dupatta. Question: What is the color of the lehenga? Answer: blue"
            " Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("saree", "yes", "contradiction"),
        title="Mabish by Sonal Jain Women Turquoise Blue & Gold Zari Striped Silk Lehenga Choli",
        category="Lehenga Choli",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: woman, front view, olive-green flared maxi skirt with a white leaf print, white sleeveless crop top, a
    # brown tote bag in her right hand, no pockets visible, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with floral patterns. She"
            " has a bag in her hand."
        ),
        color_open("skirt", "olive"),
        Q.color("white", "contradiction"),
        D.description("The skirt is made of denim and has two pockets on the front.", "unsupported"),
        Q.pattern("printed"),
        D.wearing("no", "non_answer"),
        title="Aurelia Women Green Printed Flared Maxi Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: girl, front view, red net lehenga with small gold embroidered butis, red short-sleeve choli, golden
    # dupatta, white backdrop; no can-can, zip or latkans in sight. Caption adapter epoch 3. The feed row has no
    # gender.
    case(
        "X1063-031",
        caption(
            "The girl wears a short-sleeve top with pure color patterns and a long skirt with pure color patterns. The"
            " skirt is with chiffon fabric."
        ),
        color_open("lehenga", "red"),
        Q.garment_type("lehenga choli"),
        wearing("yes", "non_answer", who="the girl"),
        D.details(
            "The lehenga has gold embroidered butis, a can-can lining, a zip closure on the side and latkans on the"
            " drawstring.",
            "unsupported",
        ),
        title="Aarika Girls Red Embroidered Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # photo: woman, front view, cream georgette lehenga with pink and gold floral embroidery, pink sleeveless
    # blouse, pink dupatta, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with floral patterns. The"
            " skirt is with chiffon fabric."
        ),
        wearing("The lady wears a pink tank top and a pink long skirt.", "other_garment_color"),
        Q.color("cream"),
        Q.pattern("embroidered"),
        D.description(
            "The lady wears a sleeveless tank top and a long skirt with floral patterns. The skirt is with chiffon"
            " fabric and its",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Chhabra 555 Women Cream & Pink Embroidered Georgette Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Cream",
        gender="Women",
    ),
    # photo: woman, front view, indigo-blue skirt with thin white vertical stripes, white short kurta with full
    # sleeves over it, silver jhumkas, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt with striped patterns. The"
            " skirt is with cotton fabric. The shirt is with cotton fabric and its neckline is round. There is an"
            " accessory in her",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("checked", "contradiction"),
        color_open("skirt", "The skirt is blue and white striped."),
        D.wearing(
            "The lady wears a long-sleeve shirt and a long skirt with striped patterns. The lady wears a long-sleeve"
            " shirt and a long skirt with",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Blue & White Striped Cotton Ethnic Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: toddler girl standing, front view, ankle-length yellow cotton lehenga with a pink gota border, pink
    # sleeveless choli with yellow piping, no dupatta, white backdrop; no pockets or zip visible.
    # Caption adapter epoch 3.
    case(
        "X1063-034",
        caption(
            "The girl wears a sleeveless tank top with pure color patterns and a short skirt with pure color patterns.",
            "contradiction",
        ),
        Q.color("pink", "contradiction"),
        color_open("lehenga", "yellow"),
        wearing("a lehenga", who="the girl"),
        Q.sleeve_length("sleeveless"),
        D.details("The skirt has a pocket on the side and a zipper.", "unsupported"),
        title="Kidling Girls Yellow & Pink Gota Work Cotton Lehenga Choli",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman, front view, wine velvet lehenga with gold sequin embroidery and a scalloped hem, wine full-sleeve
    # blouse, beige net dupatta, bangles over the cuffs and a ring, white backdrop. Caption adapter epoch 3. The
    # feed row has no category.
    case(
        "X1063-035",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long skirt with graphic patterns. There is"
            " an accessory on her wrist. There is a ring on her finger. There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        Q.color("maroon"),
        color_open("lehenga", "beige", "other_garment_color"),
        Q.material("velvet"),
        Q.garment_type("lehenga choli"),
        D.details("The lehenga has gold sequin embroidery and a scalloped hem."),
        title="Zeel Clothing Women Burgundy Embroidered Velvet Lehenga Choli with Dupatta",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman, front view, black maxi skirt with a white floral print, black short-sleeve round-neck T-shirt,
    # white backdrop. Caption adapter epoch 3; all texts correct.
    case(
        "X1063-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt with floral patterns. The"
            " T-shirt is with cotton fabric and its neckline is round."
        ),
        color_open("skirt", "black"),
        Q.color("black"),
        Q.pattern("floral"),
        D.details(
            "The skirt has floral prints all over and a flared hem. The skirt is of long length and it is with cotton"
            " fabric."
        ),
        D.material("The skirt is with cotton fabric."),
        title="Tulsattva Women Black & White Floral Printed Cotton Ethnic Maxi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman, front view, orange lehenga with a bandhani dot print and a green border, green sleeveless
    # choli, orange and green dupatta, bare head, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with graphic patterns. She"
            " wears a hat. She wears a hat. She wears a hat. She wears a hat. She wears a hat.",
            "loop",
            hit_limit=True,
        ),
        Q.color("orange"),
        Q.pattern("bandhani"),
        color_open("lehenga", "The lehenga is orange with a green border."),
        D.wearing("what is the person wearing?", "restated"),
        title="Nakkashi Women Orange & Green Bandhani Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
        gender="Women",
    ),
    # photo: girl, front view, fuchsia flared ankle-length skirt with a gold foil print, white short-sleeve kurti
    # top, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-038",
        caption("The girl wears a short-sleeve shirt with pure color patterns and a long skirt with graphic patterns."),
        color_open("skirt", "white", "other_garment_color"),
        Q.color("pink"),
        D.details(
            "The skirt is with cotton fabric and graphic patterns. The skirt is of long length and its hem is flared."
            " It has a",
            "cut",
            hit_limit=True,
        ),
        wearing("He wears a short-sleeve shirt and a long skirt.", "pronoun", who="the girl"),
        title="Ethnicity Girls Pink & Gold-Toned Foil Printed Flared Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman, front view, grey net lehenga with pink thread embroidery, pink sleeveless blouse, pink dupatta,
    # white backdrop. Caption adapter epoch 3.
    case(
        "X1063-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with floral patterns. The"
            " skirt is with chiffon fabric and floral patterns."
        ),
        Q.color("grey"),
        color_open("lehenga", "pink", "other_garment_color"),
        Q.garment_type("lehenga choli"),
        D.description(
            "The garment is grey with pink floral embroidery. Question: Describe the garment. Answer: The garment is"
            " grey with pink floral embroidery.",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long", "contradiction"),
        title="Ishin Women Grey & Pink Embroidered Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Grey",
        gender="Women",
    ),
    # photo: woman seen from the back, mauve flared skirt with self-colored thread embroidery at the hem, off-white
    # sleeveless top, no slit or bow, white backdrop. Caption adapter epoch 3. The feed row has no gender.
    case(
        "X1063-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with pure color patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank top and a long skirt. The lady wears a sleeveless tank top and a long"
            " skirt. The lady",
            "loop",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.pattern("solid", "contradiction"),
        D.details("The skirt has a slit on the front and a bow at the back.", "unsupported"),
        title="Indo Era Women Mauve Embroidered Flared Ethnic Skirt",
        category="Skirts",
        color="Mauve",
    ),
    # photo: woman, front view, teal rayon lehenga with a gold foil print, gold short-sleeve blouse, teal dupatta
    # with a gold border, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-041",
        caption(
            "The lady wears a short-sleeve top with graphic patterns and a long skirt with graphic patterns. The skirt"
            " is with cotton fabric and graphic patterns. The top is with cotton fabric and its neckline is round."
            " There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_open("lehenga", "gold", "other_garment_color"),
        Q.color("teal"),
        Q.sleeve_length("short"),
        D.wearing("The gentleman wears a short-sleeve top and a long skirt.", "pronoun"),
        title="Kvsfab Women Teal & Gold-Toned Foil Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
        gender="Women",
    ),
    # photo: girl, front view, parrot-green silk lehenga with a gold zari border, gold brocade short-sleeve choli,
    # green dupatta, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-042",
        caption(
            "The girl wears a short-sleeve top with graphic patterns and a long skirt with pure color patterns. The"
            " skirt is with denim fabric.",
            "unsupported",
        ),
        Q.color("green"),
        color_open("lehenga", "green"),
        Q.garment_type("kurta", "contradiction"),
        D.details("The skirt details are the skirt's details.", "restated"),
        title="Aj Dezines Girls Green & Gold-Toned Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: woman, front view, red cotton skirt with a blue ikat print, chambray-blue sleeveless top, a silver kada
    # on her right wrist, no pockets visible, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-043",
        caption(
            "The lady wears a sleeveless tank top with denim fabric and a long skirt with graphic patterns. There is"
            " an accessory on her wrist."
        ),
        color_open("skirt", "blue", "other_garment_color"),
        Q.color("red"),
        Q.pattern("ikat"),
        D.material("cotton"),
        D.description(
            "The skirt is of long length with graphic patterns and it is with cotton fabric. It has an elasticated"
            " waistband and side pockets.",
            "unsupported",
        ),
        title="Vishudh Women Red & Blue Ikat Printed Cotton Ethnic Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: woman, front view, gold tissue lehenga with a maroon border, maroon blouse with elbow sleeves, maroon
    # dupatta, bangles and a ring, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-044",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt with pure color patterns. The"
            " skirt is with other fabric. There is an accessory on her wrist. The lady wears a ring."
        ),
        Q.color("maroon", "contradiction"),
        color_open("lehenga", "gold"),
        D.wearing(
            "The lady wears a short-sleeve top and a long skirt with pure color patterns. Question: What is the color"
            " of the skirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("elbow"),
        title="Pothys Women Gold-Toned & Maroon Tissue Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
    # photo: girl, front view, knee-length navy net skirt with silver sequin stars, white full-sleeve top, white
    # backdrop. Caption adapter epoch 3.
    case(
        "X1063-045",
        caption(
            "The girl wears a long-sleeve shirt with pure color patterns and a three-point skirt with graphic"
            " patterns. The skirt is with chiffon fabric."
        ),
        color_open("skirt", "The skirt is white.", "other_garment_color"),
        Q.color("navy blue"),
        D.details("skirt", "non_answer"),
        is_a("skirt", "yes"),
        title="Tiny Girl Girls Navy Blue Embellished Net Flared Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: woman, side pose, beige georgette lehenga with green and gold floral embroidery, green sleeveless
    # blouse, beige dupatta, white backdrop. Caption adapter epoch 3.
    case(
        "X1063-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with floral patterns. The"
            " skirt is with chiffon fabric. The tank top is with chiffon fabric and its neckline is v-shape. There is"
            " an",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless tank top and a long skirt. The skirt is with chiffon fabric and floral"
            " patterns."
        ),
        Q.color("beige"),
        color_open("lehenga", "green", "other_garment_color"),
        Q.pattern("embroidered"),
        D.material("The skirt is with chiffon fabric."),
        title="Fusionic Women Beige & Green Embroidered Georgette Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Beige",
        gender="Women",
    ),
]
