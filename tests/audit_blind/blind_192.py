"""BLIND_192 (46 products; men's sportswear and athleisure, European sports retailer, English): written blind in the
thirty-eighth session. Measured blind at bf18296 (after this session's first rule changes): 97/112 failures found
(86.6%) and 6/130 correct texts flagged (4.6%). The writer's notes, verbatim:

Scenario:
    A European sports retailer's men's range, English feed: running and training t-shirts, a merino running top, a
    singlet, compression tops and tights, track jackets and track pants, tracksuits, hoodies and sweatshirts,
    joggers, training and football shorts, home/away/goalkeeper football jerseys, windbreakers, rain jackets, a gilet
    and a stadium coat. Most photos are studio shots on a light grey or white sweep with a male model (top and
    bottom styled from the same range, so a second garment is nearly always in frame); some are outdoor action
    shots (trail, track, pitch, snow, beach, city street); a few are ghost-mannequin or flat-lay shots with no person.
    Catalog columns: title, category, color (the seller's own color names: "Heather Grey", "Volt", "Charcoal Marl",
    "Sand", "Black/White"...), material where the feed carries a composition, and gender ("Men"; one "Unisex";
    missing on four products, as in the real feed). The product's own garment is the one the title names; the second
    garment in frame is styling.

Who wrote what:
    One enrich run with a per-question choice of engine, as CONTEXT.md item 6 suggests a production run might make:
    - Captions: the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase captions, "a man in a ... ", it stops
      on the newline) for most products; the caption adapter `Data2_V2_Blip2_Finetune_Caption` (DeepFashion template
      "The gentleman wears a long-sleeve ... with pure color patterns. The ... is with cotton fabric ...") for about
      a fifth. The caption adapter has no end token, so every one of its texts ran to the limit (50 tokens for
      captions, 30 for answers) and carries hit_limit=True; the job keeps the raw text, no trimming.
    - Closed questions (garment_type, color, pattern, sleeve_length, the yes/no "Is this a pair of jeans?"): the
      reference engine, ranking a closed candidate list (color keeps the raw text when it is not on the list, e.g.
      "teal", "dark grey"). It never loops or leaks; its failures are wrong picks: the other garment's color, the
      styling piece's sleeves, a jacket for track pants.
    - Open questions (wearing, description, details, material, and the extra ones below): mostly the base model;
      some went to the caption adapter (which answers every prompt with its template) or the VQA adapter
      `Data3_V3_BLIP2_VQA` (short In-shop answers, "tee", "pure color", then no end token: it loops or runs on into
      "Question: ... Answer: ..." of its own); both adapters always hit the limit (hit_limit=True). Two products'
      open answers came from the extractive QA model (mdeberta squad2) over the adapter caption: spans of the caption,
      or an empty string when it found none; never hit_limit.
    - Extra questions defined here: activity ("What is the man doing?"), fit, neckline, collar, sport, the color of
      the pants/shorts (the experiments' own question), and the yes/no "Is this a pair of jeans?".

Labeling conventions and judgement calls:
    - A text gets the one kind an auditor looking at the photo would notice first. A template caption that opens
      with "The lady wears" on a male model is `pronoun` even when it is also cut at the end; a template answer cut
      at the limit is `cut` even when it says "cotton" of a polyester garment, unless it invents a whole garment
      (the "pants this gentleman wears" on a ghost-mannequin sweatshirt is `unsupported`, as is the "accessory on
      his wrist" that is not there).
    - Loops are `loop` even when each repeated sentence is true; a VQA answer that runs on into "Question: ...
      Answer: ..." (or "Answer: tee Answer: tee") is `leak`, not `loop`, because the prompt text is what shows.
    - The caption template given in reply to the material question is `restated` (the caption returned for every
      prompt says nothing of the material beyond the template's "cotton fabric"); the same template in reply to
      "Describe ..." or "What are the ... details?" is an answer, judged on its own (loop, cut or correct).
    - One caption adapter text ran exactly to its 50-token limit and ended on a full stop with a correct
      description (X192-016): correct, hit_limit=True. The limit alone does not make a text a failure.
    - Shade words for the seller's color are correct: "dark blue"/"navy" for Navy, "dark grey" for Charcoal,
      "maroon"/"red" for Burgundy, "tan" for Khaki, "cream"/"white" for Off-White, "yellow"/"neon yellow" for Volt,
      "grey" for Silver and Heather Grey, "beige" for Sand, "turquoise"/"teal" for Teal, "green" for Olive, Lime,
      Forest Green and Fluo Green. A single closed color for a two-color product is correct when it is one of the
      seller's colors and the product's dominant one (Cobalt/Yellow -> "blue", the black/white 2-pack -> "black").
      But "black" for a mid "Dark Grey" tee in a caption that also calls the black joggers black is `contradiction`
      (one color for every garment).
    - Garment synonyms are correct: tee for a jersey or long-sleeve compression top (the In-shop class), soccer
      jersey, leggings/tights, sweatpants/joggers, sweatshirt for a hoodie, vest for a gilet, raincoat/parka/coat,
      tank top for a singlet, "tracksuit" for track pants shot with the matching top. A "jacket" for a pullover
      quarter-zip top or for the oversized pullover hoodie, and for track pants, is `contradiction`.
    - A closed color that is the styling garment's color (the tee's white for the joggers) is `other_garment_color`;
      a sleeve length that is the styling layer's (the hoodie's long sleeves for a gilet) is `contradiction`.
    - Material: correct when the title or the composition column names it ("merino wool", "fleece", "polyester",
      "cotton" for a cotton blend, "spandex" for elastane, "mesh" visible on basketball shorts); a material the
      composition contradicts ("cotton" for polyamide/elastane, "wool", "leather", "plastic") is `unsupported`.
    - Invented details not in the photo (a number on the back of a front shot, a Nike logo on an unbranded singlet,
      goalkeeper gloves, a hood on a collared jacket) are `unsupported`.
    - "shorts", "no", "it is a hoodie" and an empty string for a details question are `non_answer` (so is "shorts"
      for the material); so is the extractive model's
      "pure color" (a DeepFashion pattern label) for "What is the color of the pants?". "the jacket is yellow" for
      the details, and "the details of the garment are the details of the shirt", are `restated`.
    - A base caption calling the male runner "a woman" (X192-018) and the base "she is wearing" for a long-haired
      male model are `pronoun`; the VQA adapter's wrong color is rarer than its loops and leaks, so most wrong colors
      here are the reference engine's picks or the base model's one-color-for-everything.
    - A correct answer on a ghost-mannequin shot to "What is the person wearing?" names the garment ("a sweater").
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, question

ACTIVITY = question("activity", "What is the man doing?", "open")
FIT = question("fit", "Is the garment loose or tight?", "open")
NECKLINE = question("neckline", "What is the neckline of the shirt?", "open")
COLLAR = question("collar", "What kind of collar does the jacket have?", "open")
SPORT = question("sport", "What sport is this jersey for?", "open")
PANTS_COLOR = question("color_pants", "What is the color of the pants?", "open")
SHORTS_COLOR = question("color_shorts", "What is the color of the shorts?", "open")
IS_JEANS = question("is_jeans", "Is this a pair of jeans?", "closed")

MEN = "Men"

BLIND_192 = [
    # studio, model in a navy short-sleeve running tee with a small silver reflective logo, black running shorts
    case(
        "X192-001",
        caption("a man in a dark blue t-shirt and black shorts"),
        D.color("navy"),
        D.wearing(
            "short-sleeve tee Question: What is the color of the tee? Answer: pure color Question: What cloth is the",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its"
            " neckline is round. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Men's Dri Running T-Shirt",
        category="Running T-Shirts",
        color="Navy",
    ),
    # outdoor, mountain trail: model running in a charcoal marl long-sleeve top and black running tights
    case(
        "X192-002",
        caption("a man running on a trail in the mountains"),
        D.wearing("a grey long sleeve shirt and black leggings"),
        D.color("dark grey"),
        D.material("merino wool"),
        D.description(
            "a long sleeve shirt with a long sleeve shirt with a long sleeve shirt with a long sleeve shirt with a"
            " long sleeve",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitted fabric and"
            " its neckline is round. The pants this",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Merino Wool Long Sleeve Running Top",
        category="Running Tops",
        color="Charcoal",
        material="100% Merino Wool",
    ),
    # studio, full-zip black track jacket with three white stripes down the sleeves, black track pants
    case(
        "X192-003",
        caption(
            "The gentleman wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric and it"
            " has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure"
            " color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.wearing("a black and white track jacket and black pants"),
        D.details(
            "the zipper, the stripes, the sleeves, the zipper, the stripes, the sleeves, the zipper, the stripes, the"
            " sleeves, the",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Classic Track Jacket",
        category="Track Jackets",
        color="Black/White",
    ),
    # studio, front view: red short-sleeve football home jersey, white V-neck trim, sponsor print; white shorts
    case(
        "X192-004",
        caption("a man wearing a red soccer jersey"),
        D.garment_type("tee"),
        D.details("the number 10 on the back", "unsupported"),
        SPORT("soccer"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it"
            " has a v-shape neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Football Home Jersey 24/25",
        category="Football Shirts",
        color="Red",
    ),
    # outdoor city street: cobalt blue and yellow colour-block hooded windbreaker, zipped, grey joggers
    case(
        "X192-005",
        caption("a man in a blue and yellow jacket standing on a street"),
        D.color("blue"),
        D.pattern("color block"),
        D.wearing(
            "jacket Question: What is the color of the jacket? Answer: blue Question: What is the color of the pants?"
            " Answer: grey",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. The"
            " gentleman wears a long-sleeve jacket with color block patterns. The",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Lightweight Windbreaker",
        category="Windbreakers",
        color="Cobalt/Yellow",
    ),
    # studio, heather grey pullover hoodie with kangaroo pocket, black joggers; short-haired male model
    case(
        "X192-006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its"
            " neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
            " The lady",
            "pronoun",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.wearing("a grey hooded sweatshirt and black sweatpants"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and"
            " its neckline is round. The gentleman",
            "restated",
            hit_limit=True,
        ),
        gender=MEN,
        title="Pullover Hoodie",
        category="Hoodies & Sweatshirts",
        color="Heather Grey",
        material="80% Cotton, 20% Polyester",
    ),
    # studio, lower half only: black 7" running shorts with side splits and a silver reflective strip, white socks
    case(
        "X192-007",
        caption("a pair of black shorts with a white stripe"),
        D.color("black"),
        SHORTS_COLOR(
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The pants this gentleman wears is of short"
            " length. The shorts are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title='Running Shorts 7"',
        category="Running Shorts",
        color="Black",
    ),
    # studio, black full-length compression tights with grey knee panels, grey short-sleeve tee; male model
    case(
        "X192-008",
        caption("a woman in black leggings and a grey shirt", "pronoun"),
        D.garment_type("leggings"),
        D.color("grey", "other_garment_color"),
        D.wearing("black leggings and a grey t-shirt"),
        D.details(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color"
            " patterns. The pants this gentleman wears is of long",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Compression Tights",
        category="Baselayer",
        color="Black",
    ),
    # studio, olive green tapered joggers with cuffs, white tee, white sneakers
    case(
        "X192-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The pants this gentleman wears is of long length. The pants are with cotton fabric"
            " and",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.wearing("a white t-shirt and green sweatpants"),
        D.description("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        PANTS_COLOR("pure color", "non_answer"),
        FIT("slim"),
        gender=MEN,
        title="Slim Fit Joggers",
        category="Joggers",
        color="Olive",
    ),
    # studio, burgundy long-sleeve quarter-zip training top with thumbholes, black shorts
    case(
        "X192-010",
        caption("a man in a maroon long sleeve shirt and black shorts"),
        D.color("red"),
        D.details("a zipper at the neck and thumb holes"),
        D.garment_type("jacket", "contradiction"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red shirt and red shorts", "contradiction"),
        gender=MEN,
        title="Quarter Zip Training Top",
        category="Training Tops",
        color="Burgundy",
    ),
    # studio, tracksuit set: navy zip track jacket and grey track pants
    case(
        "X192-011",
        caption("a man in a navy blue jacket and grey pants"),
        D.wearing("a blue jacket and grey pants"),
        D.color("navy"),
        PANTS_COLOR("grey"),
        D.details("the jacket is grey and the pants are grey", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it"
            " has a stand neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Tracksuit Set",
        category="Tracksuits",
        color="Navy/Grey",
    ),
    # ghost mannequin, cream crew-neck sweatshirt with ribbed cuffs and hem, white background
    case(
        "X192-012",
        caption("a cream colored sweatshirt on a white background"),
        D.color("white"),
        D.wearing("a sweater"),
        D.material("cotton"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and"
            " its neckline is round. The pants this gentleman",
            "unsupported",
            hit_limit=True,
        ),
        D.details(
            "ribbed cuffs, ribbed hem, ribbed cuffs, ribbed hem, ribbed cuffs, ribbed hem, ribbed cuffs, ribbed hem,"
            " ribbed",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Essential Crew Sweatshirt",
        category="Sweatshirts",
        color="Off-White",
        material="80% Cotton, 20% Polyester",
    ),
    # studio, white training tee with a large black mountain graphic on the chest, black joggers
    case(
        "X192-013",
        caption("a man wearing a white t-shirt with a black graphic on it"),
        D.color("black", "other_garment_color"),
        D.details("a mountain print on the front"),
        D.wearing(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic"
            " tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: Is this a graphic tee? Answer: yes Question: What is the color of the graphic tee?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=MEN,
        title="Graphic Training T-Shirt",
        category="T-Shirts",
        color="White",
    ),
    # studio, khaki woven training shorts with drawcord waist, black tee
    case(
        "X192-014",
        caption("a man in a black shirt and tan shorts"),
        D.color("black", "other_garment_color"),
        D.details("a drawstring waist"),
        D.wearing("a black shirt and black shorts", "contradiction"),
        D.material("shorts", "non_answer"),
        title="Woven Training Shorts",
        category="Shorts",
        color="Khaki",
    ),
    # outdoor football pitch: volt (neon yellow-green) long-sleeve half-zip training top, black training pants
    case(
        "X192-015",
        caption("a man in a neon yellow shirt on a soccer field"),
        D.color("yellow"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a stand neckline. The pants this",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("short-sleeve", "contradiction"),
        gender=MEN,
        title="Football Training Top Half Zip",
        category="Football Training",
        color="Volt",
    ),
    # studio, black zip-through hoodie worn open over a white tee, grey joggers
    case(
        "X192-016",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it"
            " has a hooded neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric"
            " and pure color patterns.",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt"),
        D.wearing("a black hoodie and a white shirt"),
        PANTS_COLOR("grey"),
        D.details(
            "hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie-hoodie",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Zip Through Hoodie",
        category="Hoodies",
        color="Black",
        material="Cotton/Polyester",
    ),
    # studio, teal marl seamless fitted tee, black shorts
    case(
        "X192-017",
        caption("a man in a turquoise t-shirt and black shorts"),
        D.color("teal"),
        D.material("cotton", "unsupported"),
        D.description(
            "tee Question: What is the color of the tee? Answer: pure color Question: Is this a tee? Answer: yes"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        gender=MEN,
        title="Seamless Training T-Shirt",
        category="T-Shirts",
        color="Teal",
        material="92% Polyamide, 8% Elastane",
    ),
    # outdoor, road run at dusk: bright orange running jacket with stand collar (no hood), black tights
    case(
        "X192-018",
        caption("a woman running down a road at sunset", "pronoun"),
        D.color("orange"),
        D.wearing("an orange jacket and black tights"),
        D.details("reflective stripes and a hood", "unsupported"),
        ACTIVITY("running"),
        D.description(
            "an orange jacket with a zipper and reflective stripes on the sleeves and the back and the front and the"
            " sides and the",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Windproof Running Jacket",
        category="Running Jackets",
        color="Orange",
    ),
    # studio, royal blue mesh basketball shorts with white side panels, white tank top; male model
    case(
        "X192-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its"
            " neckline is round. The lady wears a short pants. The pants are with cotton fabric and color block"
            " patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        D.pattern("color block"),
        D.wearing("a white tank top and blue shorts"),
        D.material("mesh"),
        D.details(
            "the stripes on the side, the stripes on the side, the stripes on the side, the stripes on the side, the"
            " stripes",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Basketball Shorts",
        category="Shorts",
        color="Royal Blue",
        material="100% Polyester",
    ),
    # studio, white long-sleeve compression top on a muscular model, black shorts
    case(
        "X192-020",
        caption("a man in a white long sleeve shirt"),
        D.garment_type("tee"),
        D.wearing("a white shirt and white shorts", "contradiction"),
        D.details(
            "The T-shirt is with cotton fabric and it has a crew neckline. The T-shirt is with cotton fabric and it has"
            " a crew neckline. The T",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the color of the tee? Answer: white Question: What cloth is the person wearing?"
            " Answer:",
            "leak",
            hit_limit=True,
        ),
        FIT("tight"),
        gender=MEN,
        title="Long Sleeve Compression Top",
        category="Baselayer",
        color="White",
    ),
    # studio, white away football shirt with navy collar and cuffs and a club crest, navy shorts
    case(
        "X192-021",
        caption("a man in a white soccer jersey and navy shorts"),
        D.wearing("a white shirt and blue shorts"),
        D.details("a logo on the chest"),
        D.pattern("striped", "contradiction"),
        D.description(
            "a white shirt with a white shirt with a white shirt with a white shirt with a white shirt with a white"
            " shirt with a",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("polo shirt", "contradiction"),
        gender=MEN,
        title="Away Football Shirt 24/25",
        category="Football Shirts",
        color="White/Navy",
    ),
    # ghost mannequin, dark grey marl fleece joggers with cuffed ankles and drawcord
    case(
        "X192-022",
        caption("a pair of grey sweatpants on a white background"),
        D.color("grey"),
        D.material("fleece"),
        D.wearing("a pair of sweatpants"),
        D.details(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color"
            " patterns. The pants this gentleman wears",
            "loop",
            hit_limit=True,
        ),
        title="Fleece Joggers",
        category="Joggers",
        color="Charcoal Marl",
        material="Cotton/Polyester fleece",
    ),
    # outdoor athletics track: unbranded lime green racer-back singlet, black split shorts
    case(
        "X192-023",
        caption("a man running on a track in a green tank top"),
        D.garment_type("tank top"),
        D.color("black", "other_garment_color"),
        D.wearing("a green tank top and black shorts"),
        D.details("a nike logo on the chest", "unsupported"),
        D.description(
            "a green tank top with a round neckline and a racer back and the sleeves are cut off and the neckline is"
            " round and the",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Running Singlet",
        category="Running Tops",
        color="Lime",
    ),
    # studio, grey 2-in-1 training shorts with a black compression liner showing at the hem, black tee; no watch
    case(
        "X192-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The shorts are with cotton fabric and pure color patterns. There is an accessory"
            " on his wrist.",
            "unsupported",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.details("a black liner underneath"),
        D.wearing("a black shirt and grey shorts"),
        gender=MEN,
        title="Hybrid Training Shorts 2-in-1",
        category="Shorts",
        color="Grey",
    ),
    # studio, green retro track top with white sleeve stripes and white piping, styled with blue jeans
    case(
        "X192-025",
        caption("a man in a green and white jacket and blue jeans"),
        D.color("green"),
        COLLAR("a stand up collar"),
        D.wearing(
            "jacket and jeans and jacket and jeans and jacket and jeans and jacket and jeans and jacket and jeans and"
            " jacket and jeans and",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve jacket with striped patterns. The jacket is with cotton fabric and it has a"
            " stand neckline. The lady wears a long",
            "pronoun",
            hit_limit=True,
        ),
        D.details("an adidas logo on the chest", "unsupported"),
        gender=MEN,
        title="Retro Track Top",
        category="Track Jackets",
        color="Green/White",
    ),
    # studio, sand oversized pullover hoodie with small chest logo, matching sand joggers
    case(
        "X192-026",
        caption("a man in a beige hoodie and beige sweatpants"),
        D.color("beige"),
        D.wearing("he is wearing a hoodie and sweatpants"),
        D.garment_type("jacket", "contradiction"),
        D.details(
            "the hood, the pocket, the sleeves, the hood, the pocket, the sleeves, the hood, the pocket, the sleeves,"
            " the hood, the",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and"
            " it has a hooded neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        gender="Unisex",
        title="Oversized Training Hoodie",
        category="Hoodies",
        color="Sand",
        material="Cotton/Polyester",
    ),
    # studio, short-sleeve running tee with an all-over blue abstract camo print, black shorts
    case(
        "X192-027",
        caption("a man in a blue camouflage shirt and black shorts"),
        D.pattern("graphic"),
        D.details("a camouflage pattern"),
        D.sleeve_length("long-sleeve", "contradiction"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The"
            " gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Printed Running Tee",
        category="Running T-Shirts",
        color="Multi",
    ),
    # studio, black tapered training pants with zip pockets, white long-sleeve top
    case(
        "X192-028",
        caption("a man in a white shirt and black pants"),
        D.color("white", "other_garment_color"),
        D.details("zipper pockets"),
        IS_JEANS("yes", "contradiction"),
        D.description("black pants with zippers on the pockets"),
        gender=MEN,
        title="Training Pants Tapered",
        category="Training Pants",
        color="Black",
    ),
    # outdoor park: navy quilted padded gilet over a grey hoodie
    case(
        "X192-029",
        caption("a man in a blue vest standing in a park"),
        D.garment_type("vest"),
        D.sleeve_length("long-sleeve", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.details("it is quilted"),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The"
            " gentleman wears a vest with pure color patterns. The vest is",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Padded Gilet",
        category="Jackets & Gilets",
        color="Navy",
    ),
    # studio, white performance polo with three-button placket, navy shorts
    case(
        "X192-030",
        caption("a man in a white polo shirt"),
        D.garment_type("polo shirt"),
        D.details("a collar and three buttons"),
        D.material("cotton", "unsupported"),
        D.wearing(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it"
            " has a lapel neckline. The shorts this",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "polo shirt with a collar and buttons and a collar and buttons and a collar and buttons and a collar and"
            " buttons and a",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Performance Polo",
        category="Polo Shirts",
        color="White",
        material="100% Polyester",
    ),
    # outdoor, rainy street at night: black packable rain jacket, hood up
    case(
        "X192-031",
        caption("a man in a black raincoat walking in the rain"),
        D.color("black"),
        D.wearing("a raincoat"),
        D.material("plastic", "unsupported"),
        D.details(
            "jacket Question: What is the color of the jacket? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it"
            " has a hooded neckline. There is a",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Packable Rain Jacket",
        category="Jackets",
        color="Black",
        material="100% Nylon",
    ),
    # studio, grey melange sweat shorts with drawcord, white tee
    case(
        "X192-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.material("cotton"),
        D.details("shorts", "non_answer"),
        gender=MEN,
        title="Sweat Shorts",
        category="Shorts",
        color="Grey Melange",
        material="100% Cotton",
    ),
    # studio, fluorescent green long-sleeve goalkeeper jersey with padded elbows, black shorts; no gloves
    case(
        "X192-033",
        caption("a man in a green soccer jersey"),
        D.sleeve_length("long-sleeve"),
        D.details("goalkeeper gloves", "unsupported"),
        D.wearing("a green shirt and black shorts"),
        D.description(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. There is an",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The gentleman",
            "restated",
            hit_limit=True,
        ),
        gender=MEN,
        title="Goalkeeper Jersey Long Sleeve",
        category="Football Shirts",
        color="Fluo Green",
    ),
    # studio, red and black colour-block half-zip hooded anorak, black pants
    case(
        "X192-034",
        caption("a man in a red and black jacket"),
        D.wearing("a red jacket and black pants"),
        D.pattern("color block"),
        D.description(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and"
            " it has a hooded neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "red and black red and black red and black red and black red and black red and black red and black red and"
            " black",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Half Zip Anorak Windbreaker",
        category="Windbreakers",
        color="Red/Black",
    ),
    # ghost mannequin, black crew-neck tee with a small reflective logo on the chest
    case(
        "X192-035",
        caption("a black t - shirt on a white background"),
        D.description("a black t-shirt with a small logo"),
        D.details("", "non_answer"),
        D.material("polyester"),
        title="Performance T-Shirt",
        category="T-Shirts",
        color="Black",
        material="100% Recycled Polyester",
    ),
    # studio, heather blue muscle tank, black shorts; male model with long hair tied in a bun
    case(
        "X192-036",
        caption(
            "His tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. The"
            " shorts this man wears is of short length. The shorts are with cotton fabric and pure color patterns."
            " The man",
            "cut",
            hit_limit=True,
        ),
        D.color("grey", "contradiction"),
        D.garment_type("tank top"),
        D.wearing("she is wearing a blue tank top", "pronoun"),
        D.details("a scoop neck and no sleeves"),
        gender=MEN,
        title="Training Tank",
        category="Tank Tops",
        color="Heather Blue",
    ),
    # outdoor, snowy path: black thermal running tights with ankle zips, orange running jacket on top
    case(
        "X192-037",
        caption("a man running in the snow"),
        D.color("orange", "other_garment_color"),
        D.garment_type("leggings"),
        D.wearing("an orange jacket and black tights"),
        D.material("spandex"),
        D.details(
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color"
            " patterns. The gentleman wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Thermal Running Tights",
        category="Running Tights",
        color="Black",
        material="85% Polyester, 15% Elastane",
    ),
    # studio, navy knit track pants with a white side stripe, shot with the matching navy track top
    case(
        "X192-038",
        caption("a man in a blue tracksuit"),
        PANTS_COLOR("dark blue"),
        D.pattern("striped"),
        D.garment_type("jacket", "contradiction"),
        D.wearing(
            "pants Question: What is the color of the pants? Answer: pure color Question: Is this a pair of",
            "leak",
            hit_limit=True,
        ),
        gender=MEN,
        title="Knit Track Pants",
        category="Track Pants",
        color="Navy",
    ),
    # outdoor woodland: forest green heavyweight hoodie, hood down, black joggers
    case(
        "X192-039",
        caption("a man in a green hoodie standing in the woods"),
        D.color("green"),
        D.material("wool", "unsupported"),
        D.wearing("he is wearing a green hoodie and black pants"),
        D.details("it is a hoodie", "non_answer"),
        D.description(
            "a green hoodie with a hood and a hood and a hood and a hood and a hood and a hood and a hood and a hood"
            " and a",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Heavyweight Hoodie",
        category="Hoodies",
        color="Forest Green",
        material="100% Cotton",
    ),
    # studio, white football shorts, red football jersey on top
    case(
        "X192-040",
        caption("a man in a red shirt and white shorts"),
        D.color("red", "other_garment_color"),
        D.wearing("a red and white soccer uniform"),
        D.details("no", "non_answer"),
        D.description(
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt with"
            " graphic patterns. The T-shirt is with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Football Shorts",
        category="Football Shorts",
        color="White",
    ),
    # ghost mannequin, silver-grey lightweight running jacket, full zip, two zip hand pockets
    case(
        "X192-041",
        caption("a grey jacket on a white background"),
        D.color("grey"),
        D.details("a zipper and two pockets"),
        D.material(
            "other Question: What is the color of the jacket? Answer: pure color Question: Is this a jacket? Answer:"
            " yes Question",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it"
            " has a stand neckline. The pants this gentleman wears",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Lightweight Running Jacket",
        category="Running Jackets",
        color="Silver",
    ),
    # studio, black long-sleeve training shirt with red shoulder panels, black shorts
    case(
        "X192-042",
        caption(
            "The gentleman wears a long-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The gentleman wears a long-sleeve T-shirt with color block patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.pattern("color block"),
        D.sleeve_length("short-sleeve", "contradiction"),
        D.wearing("a black and red shirt"),
        D.description("a long-sleeve T-shirt with color block patterns"),
        D.details("", "non_answer"),
        D.material(
            "The gentleman wears a long-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The",
            "restated",
            hit_limit=True,
        ),
        title="Training Shirt Long Sleeve",
        category="Training Tops",
        color="Black/Red",
    ),
    # outdoor windy beach: bright yellow storm windbreaker, hood up
    case(
        "X192-043",
        caption("a man in a yellow raincoat on the beach"),
        D.wearing("a yellow jacket"),
        D.details("the jacket is yellow", "restated"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it"
            " has a hooded neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="Storm Windbreaker",
        category="Windbreakers",
        color="Yellow",
    ),
    # studio, mid dark grey fitted crew-neck training tee, black joggers, arms crossed
    case(
        "X192-044",
        caption("a man in a black t-shirt and black pants", "contradiction"),
        D.color("grey"),
        D.details("the details of the garment are the details of the shirt", "restated"),
        D.wearing(
            "Answer: tee Answer: tee Answer: tee Answer: tee Answer: tee Answer: tee Answer: tee Answer: tee Answer:",
            "leak",
            hit_limit=True,
        ),
        NECKLINE("crew neck"),
        gender=MEN,
        title="Fitted Training T-Shirt",
        category="T-Shirts",
        color="Dark Grey",
    ),
    # studio, knee-length black padded stadium coat with hood, zipped
    case(
        "X192-045",
        caption("a man in a long black coat"),
        D.garment_type("coat"),
        D.wearing("a black parka"),
        D.material("leather", "unsupported"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it"
            " has a hooded neckline. The gentleman wears a long-sleeve jacket",
            "loop",
            hit_limit=True,
        ),
        D.description("a black jacket with a fur hood", "unsupported"),
        gender=MEN,
        title="Stadium Jacket",
        category="Jackets",
        color="Black",
        material="100% Polyester",
    ),
    # flat lay, two running tees side by side, one black, one white
    case(
        "X192-046",
        caption("two t - shirts, one black and one white, on a white background"),
        D.color("black"),
        D.wearing("a black shirt and a white shirt"),
        D.material("cotton", "unsupported"),
        D.description(
            "t-shirt, t-shirt, t-shirt, t-shirt, t-shirt, t-shirt, t-shirt, t-shirt, t-shirt, t-shirt, t-shirt,"
            " t-shirt",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Running Tee 2-Pack",
        category="T-Shirts",
        color="Black/White",
        material="100% Polyester",
    ),
]
