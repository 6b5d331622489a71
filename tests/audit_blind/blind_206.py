"""BLIND_206 (46 products; Myntra-like women's ethnic feed: sarees, lehengas, blouses, dupattas, gowns): written blind
in the thirty-ninth session. Measured blind at c1c6db6 (the session's rules as they stood): 83/109 failures found
(76.1%) and 13/137 correct texts flagged (9.5%). The writer's notes, verbatim:

Scenario:
    A Myntra-like women's catalog feed in English: sarees, lehenga cholis, saree blouses, dupattas, anarkali gowns and
    ethnic dresses. Every photo is a studio model shot, and most show several pieces in different colors: a saree over
    a contrast blouse, a lehenga with a choli and a dupatta of other colors, a blouse or a dupatta sold alone but worn
    over a whole outfit. Catalog columns are title, category and the seller's color (Myntra color words: Maroon, Teal,
    Mustard, Sea Green, Peach, Off White, Multi...), with gender "Women" where the feed has it; a few rows lack gender
    and one lacks the color, as real feeds do.

Who wrote what:
    Captions come from two job runs merged into one output: about half the products were captioned by the untuned
    base Salesforce/blip2-opt-2.7b (short "a woman in a ..." captions, which stop on their own) and the rest by the
    original experiments' caption-only LoRA adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption), which writes the
    DeepFashion-MultiModal template (tank top / shirt / dress / skirt / pants; "pure color", "floral", "graphic",
    "color block" patterns; cotton / chiffon / knitting fabric; accessories on wrist and neck), knows no saree, lehenga
    or dupatta, and never stops: every adapter text ran to its token limit (50 for captions, 30 for answers) and is
    marked hit_limit=True. The open questions (wearing, description, details, material and the set's own color
    questions) were answered by the base model, except where the job routed "details" / "description" / "material"
    to the caption adapter (the experiments found it gave richer details): each text line carries a comment naming
    its source. Closed questions (garment_type, color, pattern, sleeve_length, "Is this a saree?") are enrich's
    --engine reference answers, ranked over a closed candidate set; these and the base texts never hit the limit.

Labeling conventions and judgement calls:
    - One kind per failure, the one an auditor with the photo sees first. An adapter text that loops visibly is
      "loop" even when it also names a wrong garment; one that writes "Question: ... Answer:" is "leak"; one that
      calls a saree a dress, a tank top and skirt, or a shirt and pants (or describes the kurta in a dupatta photo) is
      "contradiction" even though it is also cut at the limit; one that invents an accessory or a belt/hat that is not
      in the photo is "unsupported"; one whose garment and content are right but that stops mid-sentence is "cut".
    - The caption template returned for a question it does not answer (a color or material question answered with
      "The lady is wearing a ... dress ...") is "restated" (verbose, the caption again), not "cut".
    - Colors: a shade or family word for the seller's color is correct (red for Maroon, blue for Navy Blue or Teal
      Blue, yellow for Mustard, green for Teal / Olive / Sea Green, pink for Magenta / Coral / Peach, white for Cream,
      purple for Lavender, orange for Rust). For a Multi product any color the print really has is correct.
    - The product's garment given another piece's color (the blouse's color for a saree, the kurta's for a dupatta,
      the saree's for a blouse) is "other_garment_color". A named secondary piece given the main piece's color (the
      base's one color for everything: "maroon" for a gold blouse) is "contradiction".
    - Garment synonyms are correct: sari, gown / dress for an anarkali gown, scarf / shawl for a dupatta, skirt for a
      lehenga, top for a choli or blouse, lehenga for a lehenga choli. Naming the other piece (garment_type "saree"
      for a blouse product, "kurta" / "dress" / "gown" for a dupatta product) is "contradiction".
    - Sets named piece by piece in their own colors ("a black saree and gold top" for a gold blouse) are correct.
    - Material: one the title names (silk for "Silk Blend", chiffon, net, velvet, cotton) is correct; one the title
      contradicts (chiffon for organza, silk for georgette or net) is "contradiction"; "100% pure silk" where the
      title names no material and nothing in the photo can show it is "unsupported".
    - "polka dot" for a bandhani saree is accepted as correct (the closed set has no bandhani; the dots are what
      shows). "sleeveless" / "short sleeves" for a saree is read as the blouse's sleeves.
    - The base model's two prompt leaks ("... Answer: a green saree", an answer that repeats the question's
      "Question: ... Answer:" frame) are "leak" although they stopped on their own, without hitting the limit.
    - A bare "a saree" for "Describe the garment." is thin but true: correct. An empty answer, "fabric" for the
      material, or the garment's name back for its details is "non_answer".
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, question

# the set's own questions
blouse_color = question("color_blouse", "What is the color of the blouse?", "open")
dupatta_color = question("color_dupatta", "What is the color of the dupatta?", "open")
choli_color = question("color_choli", "What is the color of the choli?", "open")
border_color = question("color_border", "What is the color of the border of the saree?", "open")
embroidery = question("embroidery", "What kind of embroidery is on the garment?", "open")
is_saree = question("is_saree", "Is this a saree?", "closed")

W = "Women"

BLIND_206 = [
    # studio: maroon Banarasi saree with wide gold zari border, gold brocade blouse, pallu over the left shoulder
    case(
        "X206-001",
        caption("a woman in a maroon and gold saree posing for a photo"),  # base
        D.garment_type("saree"),  # ref
        D.color("red"),  # ref
        D.material("silk"),  # base
        blouse_color("maroon", "contradiction"),  # base
        gender=W,
        title="Mitera Women Maroon & Gold-Toned Woven Design Silk Blend Banarasi Saree",
        category="Sarees",
        color="Maroon",
    ),
    # studio: navy georgette saree with small pink floral print, pink sleeveless blouse, pleats fanned out
    case(
        "X206-002",
        caption(  # adapter
            "The lady is wearing a sleeveless tank top with floral patterns and a long skirt with floral patterns. "
            "The tank top is with chiffon fabric. The skirt is with chiffon fabric. There is an accessory on her "
            "wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue saree"),  # base
        D.color("pink", "other_garment_color"),  # ref
        D.pattern("floral"),  # ref
        D.material("silk", "contradiction"),  # base
        gender=W,
        title="Saree mall Women Navy Blue & Pink Floral Printed Georgette Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # studio: pink flared lehenga with gold embroidery, green elbow-sleeve choli, pink net dupatta, gold bangles
    case(
        "X206-003",
        caption("a woman in a pink lehenga and green blouse"),  # base
        D.wearing("a green lehenga", "other_garment_color"),  # base
        D.color("pink"),  # ref
        D.details(  # adapter
            "Her skirt has floral patterns, chiffon fabric and long length. The shirt is with short sleeves and its "
            "neckline is round. There is an accessory on her wrist. Her",
            "cut",
            hit_limit=True,
        ),
        dupatta_color("green", "contradiction"),  # base
        gender=W,
        title="Anouk Women Pink & Green Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # studio: gold sequinned sleeveless blouse worn with a plain black chiffon saree
    case(
        "X206-004",
        caption("a woman in a black saree and gold top"),  # base
        D.garment_type("saree", "contradiction"),  # ref
        D.color("black", "other_garment_color"),  # ref
        gender=W,
        title="Kalini Women Gold-Toned Sequinned Padded Saree Blouse",
        category="Saree Blouse",
        color="Gold",
    ),
    # studio: white kurta and white palazzo, mustard bandhani dupatta draped across both shoulders
    case(
        "X206-005",
        caption("a woman in a white dress with a yellow scarf"),  # base
        D.wearing("she is wearing a white kurta and a yellow dupatta"),  # base
        D.garment_type("kurta", "contradiction"),  # ref
        D.color("yellow"),  # ref
        D.details("", "non_answer"),  # base
        gender=W,
        title="Dupatta Bazaar Women Mustard Bandhani Printed Dupatta",
        category="Dupatta",
        color="Mustard",
    ),
    # studio: floor-length teal anarkali, gold yoke embroidery, full sleeves, teal dupatta over one arm, bangles
    case(
        "X206-006",
        caption(  # adapter
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is round. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("gown"),  # ref
        D.color("green"),  # ref
        D.material(  # adapter
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. "
            "The dress is with chiffon fabric. The dress is",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Inddus Women Teal Green Embroidered Anarkali Gown with Dupatta",
        category="Gowns",
        color="Teal",
    ),
    # studio: plain red chiffon saree, black sleeveless blouse, model half turned away, hair in a low bun
    case(
        "X206-007",
        caption("a man in a red saree standing in front of a white wall", "pronoun"),  # base
        D.color("red"),  # ref
        D.material("chiffon"),  # base
        blouse_color("black"),  # base
        gender=W,
        title="Satrani Women Red Solid Chiffon Saree",
        category="Sarees",
        color="Red",
    ),
    # studio: mustard printed lehenga, maroon short-sleeve blouse, maroon dupatta with gota border
    case(
        "X206-008",
        caption(  # adapter
            "The lady is wearing a short-sleeve shirt with graphic patterns and a long skirt with floral patterns. "
            "The shirt is with cotton fabric. The skirt is with cotton fabric. The skirt is with cotton fabric. "
            "The skirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow skirt and a red top"),  # base
        D.color("maroon", "other_garment_color"),  # ref
        dupatta_color("red"),  # base
        D.details(  # adapter
            "Her skirt has floral patterns, cotton fabric and long length. The shirt is with short sleeves and its "
            "neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Varanga Women Mustard Yellow & Maroon Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # studio: knee-length blue A-line dress with white block print, three-quarter sleeves, no belt, no dupatta
    case(
        "X206-009",
        caption("a woman wearing a blue and white printed dress"),  # base
        D.garment_type("dress"),  # ref
        D.color("white", "contradiction"),  # ref
        D.sleeve_length("three-quarter sleeves"),  # ref
        D.details(  # adapter
            "Her dress has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The dress "
            "is of medium length. This lady wears a belt. There is",
            "unsupported",
            hit_limit=True,
        ),
        D.material("cotton"),  # base
        gender=W,
        title="Libas Women Blue & White Printed Pure Cotton A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Blue",
    ),
    # studio: green Kanjeevaram saree, wide pink zari border and pink pallu, green blouse, temple necklace
    case(
        "X206-010",
        caption(  # adapter
            "The lady is wearing a long dress with color block patterns. The dress is with chiffon fabric. There is "
            "an accessory on her neck. The lady wears a ring on her finger. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green saree Answer: a green saree", "leak"),  # base
        D.material("silk"),  # base
        border_color("pink"),  # base
        gender=W,
        title="Mitera Women Green & Pink Woven Design Pure Silk Kanjeevaram Saree",
        category="Sarees",
        color="Green",
    ),
    # studio: black sleeveless blouse with silver thread embroidery and v neck, worn with a cream organza saree
    case(
        "X206-011",
        caption(  # adapter
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt with pure color "
            "patterns. The tank top is with cotton fabric and its neckline is v-shape. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and white saree"),  # base
        D.garment_type("blouse"),  # ref
        D.color("black"),  # ref
        D.material(  # adapter
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt with pure color "
            "patterns. The tank top is with cotton",
            "restated",
            hit_limit=True,
        ),
        gender=W,
        title="Janasya Women Black Embroidered Padded Saree Blouse",
        category="Saree Blouse",
        color="Black",
    ),
    # studio: red straight kurta and pants, off-white net dupatta with gold embroidered border over one shoulder
    case(
        "X206-012",
        caption("a woman in a red dress with a white shawl"),  # base
        D.garment_type("dupatta"),  # ref
        D.color("red", "other_garment_color"),  # ref
        D.material("material", "non_answer"),  # base
        D.details(  # adapter
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this lady wears is of long length. The pants are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        gender=W,
        title="W Women Off-White & Gold-Toned Embroidered Net Dupatta",
        category="Dupatta",
        color="Off White",
    ),
    # studio: peach net anarkali, sleeveless sequinned bodice, flared floor-length skirt, no train
    case(
        "X206-013",
        caption("a woman in a pink gown posing for a picture"),  # base
        D.wearing("she is wearing a long dress with a train", "unsupported"),  # base
        D.garment_type("gown"),  # ref
        D.sleeve_length("sleeveless"),  # ref
        D.material("silk", "contradiction"),  # base
        D.description(  # adapter
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is round. The dress is of long length. The dress is of long length. The",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Ethnovog Women Peach Embroidered Net Anarkali Gown",
        category="Gowns",
        color="Peach",
    ),
    # studio: purple art silk saree with small gold motifs, purple blouse, model holding the pallu out
    case(
        "X206-014",
        caption(  # adapter
            "The lady is wearing a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. The "
            "lady wears a long pants. The pants are with chiffon fabric and graphic patterns. There is a",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a purple saree"),  # base
        D.garment_type("dupatta", "contradiction"),  # ref
        D.color("purple"),  # ref
        D.material("silk"),  # base
        title="Saree mall Women Purple & Gold-Toned Printed Art Silk Saree",
        category="Sarees",
        color="Purple",
    ),
    # studio: red bridal lehenga with heavy gold embroidery, red choli, red net dupatta over the head, bangles
    case(
        "X206-015",
        caption("a bride in a red and gold lehenga"),  # base
        D.wearing("a red lehenga with a red dupatta on her head"),  # base
        D.material("100% pure silk", "unsupported"),  # base
        D.garment_type("lehenga choli"),  # ref
        D.details(  # adapter
            "Her skirt has floral patterns, chiffon fabric and long length. There is an accessory on her wrist. "
            "There is an accessory on her wrist. There is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Warthy Ent Women Red & Gold-Toned Embroidered Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
    ),
    # studio: green brocade blouse with elbow sleeves, worn with a plain yellow saree
    case(
        "X206-016",
        caption("a woman in a yellow saree", "contradiction"),  # base
        D.color("green"),  # ref
        D.wearing("Question: What is the person wearing? Answer: a yellow saree", "leak"),  # base
        D.sleeve_length("elbow sleeves"),  # ref
        D.pattern("woven"),  # ref
        D.description("a green blouse with gold designs"),  # base
        D.details("it is a blouse", "non_answer"),  # base
        gender=W,
        title="Inddus Women Green & Gold-Toned Brocade Saree Blouse",
        category="Saree Blouse",
        color="Green",
    ),
    # studio: olive solid maxi dress, gathered waist, long sleeves, mirror work at the neckline, rings and bracelet
    case(
        "X206-017",
        caption(  # adapter
            "The female wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. This female wears a ring. There is an accessory on her wrist. Her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a green dress"),  # base
        D.color("green"),  # ref
        D.sleeve_length("short sleeves", "contradiction"),  # ref
        D.details("mirror work on the neckline"),  # base
        D.material(  # adapter
            "The female wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. This female",
            "restated",
            hit_limit=True,
        ),
        gender=W,
        title="Sangria Women Olive Green Solid Maxi Ethnic Dress with Mirror Work",
        category="Ethnic Dresses",
        color="Olive",
    ),
    # studio: yellow bandhani saree with pink border, pink short-sleeve blouse, hand on hip
    case(
        "X206-018",
        caption("a woman in a yellow and pink saree with a pink blouse"),  # base
        D.wearing("a yellow sari"),  # base
        D.color("yellow"),  # ref
        D.pattern("polka dot"),  # ref
        D.description("a yellow saree with a yellow blouse", "contradiction"),  # base
        D.details(  # adapter
            "Her dress has short sleeves, cotton fabric and lattice patterns. It has a round neckline. The dress is "
            "of long length. The lady wears a ring on her finger. The dress",
            "contradiction",
            hit_limit=True,
        ),
        gender=W,
        title="Ishin Women Yellow & Pink Bandhani Print Saree",
        category="Sarees",
        color="Yellow",
    ),
    # studio: navy sequinned lehenga, navy sleeveless choli, silver net dupatta, model with a short bob
    case(
        "X206-019",
        caption(  # adapter
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt with pure color "
            "patterns. The tank top is with chiffon fabric. The skirt is with chiffon fabric and it",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a blue lehenga", "pronoun"),  # base
        D.garment_type("lehenga"),  # ref
        D.color("blue"),  # ref
        D.description("a silver lehenga", "other_garment_color"),  # base
        D.sleeve_length("sleeveless"),  # ref
        dupatta_color("blue", "contradiction"),  # base
        gender=W,
        title="Fabcartz Women Navy Blue & Silver-Toned Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # studio: white chikankari kurta, model holding a pink phulkari dupatta open with both arms, no tassels
    case(
        "X206-020",
        caption("a woman holding a pink and green shawl"),  # base
        D.garment_type("shawl"),  # ref
        D.color("pink"),  # ref
        D.pattern("embroidered"),  # ref
        D.details("the scarf has tassels on the ends", "unsupported"),  # base
        D.description(  # adapter
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. There is an accessory on her wrist. The lady is",
            "contradiction",
            hit_limit=True,
        ),
        title="Kvsfab Women Pink & Green Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Pink",
    ),
    # studio: black net saree with scattered sequins, black sleeveless blouse, party styling
    case(
        "X206-021",
        caption("a woman in a black saree with sequins"),  # base
        D.sleeve_length("sleeveless"),  # ref
        D.wearing("a black dress", "contradiction"),  # base
        D.material("net"),  # base
        D.details(  # adapter
            "Her tank top has no sleeves and pure color patterns. Question: What are the details of the garment? "
            "Answer: Her tank top has no sleeves and",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Vishudh Women Black Sequinned Net Saree",
        category="Sarees",
        color="Black",
    ),
    # studio: rust flared midi dress with white printed motifs, sleeveless, black juttis
    case(
        "X206-022",
        caption("a woman in an orange dress"),  # base
        D.wearing("an orange dress and black shoes"),  # base
        D.color("orange"),  # ref
        D.sleeve_length("short sleeves", "contradiction"),  # ref
        D.material(  # adapter
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium",
            "restated",
            hit_limit=True,
        ),
        gender=W,
        title="Aurelia Women Rust & White Printed Flared Ethnic Dress",
        category="Ethnic Dresses",
        color="Rust",
    ),
    # studio: magenta anarkali with gold zari yoke and cuffs, long sleeves, model mid-twirl
    case(
        "X206-023",
        caption(  # adapter
            "The lady is wearing a long-sleeve dress with color block patterns. The dress is with chiffon fabric. "
            "The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),  # base
        D.color("pink"),  # ref
        D.sleeve_length("sleeveless", "contradiction"),  # ref
        D.details("gold embroidery on the neck and sleeves"),  # base
        gender=W,
        title="Soch Women Magenta Zari Woven Silk Blend Anarkali Gown",
        category="Gowns",
        color="Magenta",
    ),
    # studio: red short-sleeve blouse worn with an indigo block-printed cotton saree
    case(
        "X206-024",
        caption("a woman in a blue saree and red blouse"),  # base
        D.garment_type("blouse"),  # ref
        D.color("blue", "other_garment_color"),  # ref
        D.material("silk"),  # base
        D.description("a red short sleeve blouse"),  # base
        D.details(  # adapter
            "Her shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The lady "
            "wears a long skirt. The skirt is with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Fabindia Women Red Silk Cotton Saree Blouse",
        category="Saree Blouse",
        color="Red",
    ),
    # studio: sea green organza saree with silver sequin border, silver sleeveless blouse
    case(
        "X206-025",
        caption("a woman in a green saree with silver blouse"),  # base
        D.color("green"),  # ref
        D.material("chiffon", "contradiction"),  # base
        blouse_color("green", "contradiction"),  # base
        D.details(  # adapter
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. It has a round neckline. The tank "
            "top is with chiffon fabric. The tank top is with chiffon fabric.",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="KALINI Women Sea Green & Silver-Toned Embellished Organza Saree",
        category="Sarees",
        color="Sea Green",
    ),
    # studio: beige lehenga with maroon embroidery, maroon choli, beige dupatta with maroon border
    case(
        "X206-026",
        caption("a woman in a white and red lehenga"),  # base
        D.wearing("a lehenga choli"),  # base
        D.color("beige"),  # ref
        D.description("a maroon lehenga", "other_garment_color"),  # base
        choli_color("beige", "contradiction"),  # base
        D.details(  # adapter
            "Her skirt has floral patterns, chiffon fabric and long length. The shirt is with short sleeves. "
            "Question: What are the details of the garment? Answer: Her skirt has floral patterns",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Zari Women Beige & Maroon Embroidered Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Beige",
    ),
    # studio: orange art silk saree with magenta border, magenta short-sleeve blouse, long hair down
    case(
        "X206-027",
        caption("a woman in an orange saree with a pink border"),  # base
        D.wearing("he is wearing an orange saree", "pronoun"),  # base
        D.color("orange"),  # ref
        D.pattern("solid"),  # ref
        D.details(  # adapter
            "Her dress has long sleeves, chiffon fabric and color block patterns. It has a round neckline. The "
            "dress is of long length. There is a ring on her finger. The",
            "contradiction",
            hit_limit=True,
        ),
        gender=W,
        title="Mimosa Women Orange & Magenta Solid Kanjeevaram Art Silk Saree",
        category="Sarees",
        color="Orange",
    ),
    # studio: lavender tiered midi dress with small white floral print, short puff sleeves, bare head
    case(
        "X206-028",
        caption(  # adapter
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of medium length. The lady wears a hat. There",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a purple dress"),  # base
        D.color("purple"),  # ref
        D.pattern("floral"),  # ref
        D.material(  # adapter
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress",
            "restated",
            hit_limit=True,
        ),
        gender=W,
        title="Janasya Women Lavender Floral Print Tiered Cotton Ethnic Dress",
        category="Ethnic Dresses",
        color="Lavender",
    ),
    # studio: red kurta and churidar, black printed dupatta with red motifs over both shoulders
    case(
        "X206-029",
        caption("a woman in a red dress with a black scarf"),  # base
        D.wearing("a red kurta and a black dupatta"),  # base
        D.garment_type("dress", "contradiction"),  # ref
        D.color("red", "other_garment_color"),  # ref
        D.details("the dupatta", "non_answer"),  # base
        gender=W,
        title="Sangria Women Black & Red Printed Dupatta",
        category="Dupatta",
        color="Black",
    ),
    # studio: teal Paithani saree with gold peacock pallu and gold border, teal blouse, necklace
    case(
        "X206-030",
        caption(  # adapter
            "The lady is wearing a long dress with graphic patterns. There is an accessory on her neck. There is an "
            "accessory on her neck. There is an accessory on her neck. There is an accessory",
            "loop",
            hit_limit=True,
        ),
        is_saree("yes"),  # ref
        D.material("silk"),  # base
        D.details("peacock design on the pallu"),  # base
        blouse_color(  # adapter
            "The lady is wearing a long dress with graphic patterns. There is an accessory on her neck. The lady "
            "wears a ring on her finger. The",
            "restated",
            hit_limit=True,
        ),
        gender=W,
        title="Saree mall Women Teal Blue & Gold-Toned Silk Blend Paithani Saree",
        category="Sarees",
        color="Teal",
    ),
    # studio: lime green lehenga with pink embroidered hem, pink short-sleeve choli, lime dupatta, bangles
    case(
        "X206-031",
        caption("a woman in a green and pink lehenga"),  # base
        D.wearing("a green skirt and pink top"),  # base
        D.color("pink", "other_garment_color"),  # ref
        D.material("fabric", "non_answer"),  # base
        D.details(  # adapter
            "Her skirt has long length, chiffon fabric and floral patterns. The shirt is with short sleeves and its "
            "neckline is round. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Chhabra 555 Women Lime Green & Pink Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # studio: navy anarkali with multicolour floral print, three-quarter sleeves, matching navy dupatta, no pockets
    case(
        "X206-032",
        caption("a woman in a blue floral dress"),  # base
        D.garment_type("gown"),  # ref
        D.sleeve_length("three-quarter sleeves"),  # ref
        D.material("the gown", "non_answer"),  # base
        D.details("it has pockets on both sides", "unsupported"),  # base
        D.description(  # adapter
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with chiffon fabric and "
            "its neckline is round. The dress is of long length. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        dupatta_color("blue"),  # base
        gender=W,
        title="Kalini Women Navy Blue Floral Printed Anarkali Gown with Dupatta",
        category="Gowns",
        color="Navy Blue",
    ),
    # studio: Bengali-style cream saree with broad red border, red blouse, red bindi
    case(
        "X206-033",
        caption("a woman in a white saree with a red border"),  # base
        D.wearing("she is wearing a traditional indian saree"),  # base
        D.color("red", "other_garment_color"),  # ref
        D.details("a red border"),  # base
        D.description(  # adapter
            "The lady is wearing a short-sleeve shirt with pure color patterns and a long skirt with color block "
            "patterns. The shirt is with cotton fabric. The",
            "contradiction",
            hit_limit=True,
        ),
        gender=W,
        title="Mitera Women Cream-Coloured & Red Woven Design Cotton Saree",
        category="Sarees",
        color="Cream",
    ),
    # studio: pink ready-made blouse, short sleeves, back view showing tie-up dori, plain pink saree below
    case(
        "X206-034",
        caption(  # adapter
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long skirt. The skirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink blouse"),  # base
        D.color("pink"),  # ref
        D.sleeve_length("short sleeves"),  # ref
        D.details("tie up back"),  # base
        D.material(  # adapter
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lady",
            "restated",
            hit_limit=True,
        ),
        gender=W,
        title="Salwar Studio Women Pink Solid Ready-Made Saree Blouse",
        category="Saree Blouse",
        color="Pink",
    ),
    # studio: white anarkali kurta, turquoise chiffon dupatta with gota patti border over one arm and shoulder
    case(
        "X206-035",
        caption("a woman in a white dress with a blue scarf"),  # base
        D.garment_type("gown", "contradiction"),  # ref
        D.color("white", "other_garment_color"),  # ref
        D.material("chiffon"),  # base
        D.description("a blue dupatta"),  # base
        title="Dupatta Bazaar Women Turquoise Blue Chiffon Dupatta with Gota Patti Border",
        category="Dupatta",
        color="Turquoise Blue",
    ),
    # studio: mustard A-line knee-length dress, long sleeves, green piping, tan juttis
    case(
        "X206-036",
        caption("a woman in a yellow dress standing in front of a white wall"),  # base
        D.wearing("a yellow dress and white sneakers", "unsupported"),  # base
        D.color("yellow"),  # ref
        D.details(  # adapter
            "Her dress has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The dress "
            "is of medium length. The dress is of medium length. The dress is of",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="W Women Mustard Yellow Solid A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Mustard",
    ),
    # studio: black velvet lehenga with gold embroidery, black sleeveless choli, gold net dupatta
    case(
        "X206-037",
        caption(  # adapter
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt with graphic "
            "patterns. Question: What is the color of the skirt? Answer: black Question: What",
            "leak",
            hit_limit=True,
        ),
        D.color("black"),  # ref
        D.material("velvet"),  # base
        dupatta_color("gold"),  # base
        choli_color("gold", "contradiction"),  # base
        gender=W,
        title="Fusionic Women Black & Gold-Toned Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # studio: peach pre-draped saree with ruffled pallu, peach sequinned short-sleeve blouse
    case(
        "X206-038",
        caption("a woman in a peach saree with ruffles"),  # base
        D.wearing("a pink dress", "contradiction"),  # base
        D.color("peach"),  # ref
        D.pattern("solid"),  # ref
        D.material("the saree", "non_answer"),  # base
        D.details(  # adapter
            "Her dress has short sleeves, chiffon fabric and pure color patterns. It has a v-shape neckline. Her "
            "dress has short sleeves, chiffon fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Anouk Women Peach-Coloured Solid Ruffled Ready to Wear Saree",
        category="Sarees",
        color="Peach",
    ),
    # studio: maroon velvet full-sleeve blouse with gold embroidery, gold tissue saree, choker necklace
    case(
        "X206-039",
        caption("a woman in a gold saree and a maroon blouse"),  # base
        D.garment_type("blouse"),  # ref
        D.color("gold", "other_garment_color"),  # ref
        D.sleeve_length("long sleeves"),  # ref
        D.material("velvet"),  # base
        D.description(  # adapter
            "Her shirt has long sleeves and graphic patterns. It has a round neckline. There is an accessory on her "
            "neck. The lady wears a long skirt with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="Inddus Women Maroon & Gold-Toned Embroidered Velvet Saree Blouse",
        category="Saree Blouse",
        color="Maroon",
    ),
    # studio: white chikankari anarkali, three-quarter sleeves, pastel pink dupatta, silver bracelet
    case(
        "X206-040",
        caption("a woman in a white dress with a pink scarf"),  # base
        D.pattern("embroidered"),  # ref
        D.description("a long white dress with embroidery"),  # base
        embroidery("hand embroidered by artisans in lucknow", "unsupported"),  # base
        D.details(  # adapter
            "Her dress has medium sleeves, chiffon fabric and floral patterns. It has a round neckline. There is an "
            "accessory on her wrist. There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Libas Women White Chikankari Embroidered Anarkali Gown with Dupatta",
        category="Gowns",
        color="White",
    ),
    # studio: multicolour ikat-style printed cotton saree in blue, red and yellow, plain blue short-sleeve blouse
    case(
        "X206-041",
        caption("a woman in a colorful saree"),  # base
        D.wearing("she is wearing a saree and a blue blouse"),  # base
        D.color("blue"),  # ref
        D.material("cotton"),  # base
        D.description("a saree"),  # base
        D.details(  # adapter
            "Her dress has short sleeves, cotton fabric and graphic patterns. It has a round neckline. Question: "
            "What are the details of the garment? Answer: Her dress has short sleeves, cotton",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Sangam Prints Women Multicoloured Ikat Printed Pure Cotton Saree",
        category="Sarees",
        color="Multi",
    ),
    # studio: emerald lehenga with silver mirror embroidery, green sleeveless choli, pink dupatta; feed has no color
    case(
        "X206-042",
        caption(  # adapter
            "The lady is wearing a sleeveless tank top with graphic patterns and a long skirt with graphic patterns. "
            "The tank top is with chiffon fabric. The skirt is with chiffon fabric. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green lehenga with a pink dupatta"),  # base
        D.color("green"),  # ref
        dupatta_color("pink"),  # base
        D.details("it comes with a matching clutch", "unsupported"),  # base
        gender=W,
        title="Anouk Women Green Mirror Work Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
    ),
    # studio: mustard brocade blouse with elbow sleeves, plain green silk saree, model looking down, hair tied back
    case(
        "X206-043",
        caption("a man in a green saree", "pronoun"),  # base
        D.wearing("a yellow blouse and a green saree"),  # base
        D.description(  # adapter
            "Her shirt has medium sleeves and graphic patterns. It has a round neckline. The lady wears a long skirt. "
            "The skirt is with chiffon fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("blouse"),  # ref
        D.color("green", "other_garment_color"),  # ref
        D.pattern("woven"),  # ref
        D.details("blouse details", "non_answer"),  # base
        gender=W,
        title="Vastranand Women Mustard Brocade Saree Blouse",
        category="Saree Blouse",
        color="Mustard",
    ),
    # studio: coral flared midi dress with small green floral print, short sleeves, green printed dupatta, a ring
    case(
        "X206-044",
        caption(  # adapter
            "The female wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. This female wears a ring. The dress is of medium length. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink dress with a green scarf"),  # base
        D.color("green", "other_garment_color"),  # ref
        D.sleeve_length("short sleeves"),  # ref
        D.details("a belt at the waist", "unsupported"),  # base
        D.material(  # adapter
            "The female wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. This female wears",
            "restated",
            hit_limit=True,
        ),
        title="Biba Women Coral Floral Printed Flared Ethnic Dress with Dupatta",
        category="Ethnic Dresses",
        color="Coral",
    ),
    # studio: indigo mulmul saree with white block print, white sleeveless blouse, no jewellery, no zipper visible
    case(
        "X206-045",
        caption("a woman in a blue saree standing in front of a white wall"),  # base
        D.wearing("a blue saree and a white top"),  # base
        D.material("cotton"),  # base
        D.pattern("solid", "contradiction"),  # ref
        D.details("it has a zipper on the back", "unsupported"),  # base
        blouse_color("white"),  # base
        D.description(  # adapter
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt with graphic "
            "patterns. The tank top is with cotton fabric. The skirt is with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        gender=W,
        title="Suta Women Indigo Blue & White Block Printed Mulmul Cotton Saree",
        category="Sarees",
        color="Blue",
    ),
    # studio: beige kurta set, red Banarasi silk dupatta with gold zari border over both shoulders
    case(
        "X206-046",
        caption("a woman in a beige outfit with a red and gold dupatta"),  # base
        D.color("red"),  # ref
        D.material("silk"),  # base
        D.wearing("he is wearing a red scarf", "pronoun"),  # base
        D.details(  # adapter
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a round neckline. Her shirt "
            "has long sleeves, cotton fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Kalini Women Red & Gold-Toned Woven Design Banarasi Silk Dupatta",
        category="Dupatta",
        color="Red",
    ),
]
