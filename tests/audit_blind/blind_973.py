"""BLIND_973 (46 products; Myntra lingerie and nightwear, caption epoch 2): written blind in the fifty-eighth session.
Measured blind at 041ab2e (the session's first rules): 97/125 failures found (77.6%) and 26/184 correct texts flagged
(14.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of innerwear, lingerie, loungewear and nightwear (Bra, Briefs, Trunk, Boxers, Innerwear Vests,
Camisoles, Shapewear, Baby Dolls, Night suits, Nightdress, Robe, Bath Robe, Lounge Pants/Shorts/Tshirts). Photos are
catalog shots on a white backdrop: torso crops of models, a few headless mannequins, flat lays of packs and single
pieces, one staged bedroom. Models often wear a second garment (jeans with a bra, a t-shirt with boxers, a tank top
with shapewear), which is where another garment's color comes from.

Who wrote what: captions and all open answers were written by the caption adapter after its second epoch (BLIP-2
OPT-2.7b, LoRA, no end token trained). It half remembers question answering: short answers often come out right,
but it slides into the DeepFashion template ("The lady wears a sleeveless tank top with pure color patterns. The
tank top is with cotton fabric..."), repeats itself until the 30/50-token limit, invents template details (denim
fabric, an accessory on the wrist, a lady in a flat lay), continues with the next "Question: ... Answer:" turn, and
now and then gives the gentleman/lady the wrong pronoun. Closed answers (garment type, color, pattern, sleeve
length, "Is this a ...?", and closed color_of) come from enrich's --engine reference, which picks one candidate, so
they never loop or stop short; their failures are the wrong candidate.

Labeling conventions and judgement calls:
- One label per text. A loop that ran to the limit is "loop" (hit_limit=True). A text cut mid-phrase is "cut" only
  when its finished part is right; when the finished part already invents or contradicts something, that content
  label wins and hit_limit=True is kept.
- Every text that ran to the token limit is a failure; correct texts all stopped on their own.
- A color read off the backdrop, the mannequin, a bed, a pack's label card or a trim/waistband of the same garment is
  "contradiction"; "other_garment_color" only when the color belongs to another garment worn in the photo.
- Shades are right when they match the seller's group: navy/dark blue for Navy Blue, beige/skin for Nude, teal for
  Blue (the photo looks teal), grey for Charcoal, red for Maroon, peach for Peach. "black" for Charcoal pants is a
  contradiction. "green" for a teal bra the seller calls Blue is a contradiction.
- "tank top" for a camisole or a men's innerwear vest counts as correct; "tank top" for a sports bra does not
  (contradiction with the seller's Bra). Boxers answered "Is this a pair of shorts?" yes is correct; briefs, no.
- A one-colour closed answer for a multi-colour pack is a contradiction (the title says pack of three).
- A person, a wrist accessory, jeans/denim, a held object, slippers, pockets, bows, charms or closures not in the
  photo are "unsupported"; so is any text that puts a wearer into a flat-lay or packaged shot.
- Material: "cotton"/"satin"/"terry"/"lace" when the fabric visibly reads so or the title says it is correct;
  "silk" for a satin nightdress and "denim" for knit loungewear are "unsupported".
- A single color word or "yes"/"no" to "What is ... wearing?" is "non_answer"; "the shorts are short" is
  "non_answer"; an answer that only turns the question's words around is "restated".
- "he"/"she"/"his"/"her" for the wrong wearer is "pronoun"; "he" for a flat-lay with no wearer is "unsupported".
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_973 = [
    # photo: women's torso crop, black lace padded bra with a tiny black satin bow at the centre, matching black lace
    # briefs, white backdrop, front view. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-001",
        caption("a woman wearing a black lace bra and matching black panties with a small bow in the middle"),
        wearing("a black lace bra and black panties", who="the woman"),
        color_of("bra", "black"),
        Q.pattern("lace"),
        describe("bra", "a black padded bra with lace cups and a small bow between the cups"),
        details(
            "bra",
            "lace trim, lace trim, lace trim, lace trim, lace trim, lace trim, lace trim, lace trim, lace trim, lace",
            "loop",
            hit_limit=True,
        ),
        material("nylon and spandex with a cotton lining and a metal underwire", "unsupported"),
        title="Amante Women Black Lace Padded Bra BRA10512",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in a seamless skin-tone t-shirt bra and high-waisted blue jeans, white backdrop, front view.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "The lady wears a long trousers. The trousers are with denim fabric and solid color patterns.",
            "contradiction",
        ),
        wearing("a beige bra and blue jeans", who="the woman"),
        color_of("bra", "skin"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("bra"),
        describe("bra", "a seamless t-shirt bra with molded cups and adjustable straps"),
        details("bra", "The bra details are the details of the bra", "restated"),
        title="Jockey Women Nude Coloured T-shirt Bra 1722",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: pink non-padded bra with white polka dots and pink straps on a headless mannequin, grey backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-003",
        caption("a pink polka dot bra on a mannequin against a grey background"),
        color_of("bra", "pink"),
        Q.pattern("polka dot"),
        is_a("bra", "yes"),
        describe("bra", "a pink bra with white polka dots, thin straps and no padding"),
        details(
            "bra",
            "She is wearing a pink bra with white polka dots. She is wearing a pink bra with white polka dots. "
            "She is wearing a pink",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey bra", "contradiction"),
        title="Enamor Women Pink Printed Non-Padded Bra F074",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: flat lay of three women's briefs (navy, pink, grey melange) side by side on white, no model.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-004",
        caption("three pairs of underwear, navy, pink and grey, laid out on a white surface"),
        Q.garment_type("briefs"),
        Q.color("multi"),
        describe(
            "briefs",
            "three pairs of briefs in navy blue, pink and grey with a wide elastic waistband and a full coverage "
            "back, folded and laid",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "no"),
        material("cotton stretch jersey"),
        wearing(
            "The lady wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. "
            "The lady wears",
            "unsupported",
            hit_limit=True,
        ),
        title="Jockey Women Pack of 3 Briefs 1406",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a white cotton camisole with lace at the neckline, spaghetti straps, tucked into light blue
    # jeans, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-005",
        caption(
            "The lady wears a tank tank top with pure color patterns and a long denim pants. The tank top is with "
            "cotton fabric and it has a suspenders neckline."
        ),
        wearing("a white camisole with lace and blue jeans", who="she"),
        color_of("camisole", "white"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("camisole", "lace on the neckline"),
        describe(
            "camisole",
            "a white camisole with lace trim on the neckline and spaghetti straps. The camisole is with cotton "
            "fabric. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Marks & Spencer Women White Lace Trim Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: model standing, navy round-neck short-sleeve pullover top with small white stars, navy-and-white checked
    # pyjama pants with a drawstring, white backdrop. Caption/open: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-006",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants with lattice patterns. "
            "The shirt is with cotton fabric. The pants are with cotton fabric."
        ),
        wearing("a blue pajama set with stars on the top and checked pants", who="the woman"),
        color_of("top", "blue"),
        color_of("pants", "navy blue and white checks", kind="open"),
        Q.pattern("striped", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        describe(
            "night suit",
            "a navy blue night suit with a white star print on the top and a checked pyjama with a drawstring waist",
        ),
        details("night suit", "a pocket on the chest, buttons on the front and a collar", "unsupported"),
        title="Sweet Dreams Women Blue Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a knee-length sleeveless purple nightdress with a small white floral print, round neck, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-007",
        caption(
            "The lady wears a tank dress with floral patterns. The dress is of knee length. The dress is with "
            "cotton fabric. It has a round neckline."
        ),
        color_of("nightdress", "purple"),
        Q.pattern("floral"),
        wearing("he is wearing a purple nightgown with white flowers", "pronoun"),
        describe("nightdress", "a purple sleeveless nightdress with a white floral print, it falls to the knee"),
        details("nightdress", "Question: What are the nightdress details? Answer: white flowers", "leak"),
        Q.sleeve_length("sleeveless"),
        title="Lady Lyka Women Purple Printed Nightdress",
        category="Nightdress",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a long-sleeved maroon satin robe worn open over a black slip nightdress with lace trim, belt
    # tied loosely, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-008",
        caption("a woman wearing a black satin slip and a maroon robe with a belt"),
        color_of("robe", "black", "other_garment_color"),
        Q.garment_type("robe"),
        wearing("a maroon satin robe over a black slip dress", who="the woman"),
        describe(
            "robe", "a black satin robe with lace trim on the neckline and a belt at the waist", "other_garment_color"
        ),
        material("satin"),
        details(
            "robe",
            "a belt, a belt, a belt, a belt, a belt, a belt, a belt, a belt, a belt, a belt, a belt, a belt, a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        title="Clovia Women Maroon Satin Robe",
        category="Robe",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a skin-coloured high-waisted shaping brief reaching just under the bust, a white cotton tank
    # top above it, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts with pure color "
            "patterns. The tank top is with cotton fabric. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        color_of("shapewear", "white", "other_garment_color"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shapewear"),
        describe("shapewear", "a high-waisted beige shaping brief that goes up to just under the bust"),
        material("a smooth stretchy fabric"),
        wearing("a white tank top and skin colored shapewear", who="the woman"),
        title="Triumph Women Skin-Coloured High Waist Shaping Brief",
        category="Shapewear",
        color="Skin",
        gender="Women",
    ),
    # photo: model in a sheer red chiffon babydoll with black lace along the cups and the hem, matching red thong,
    # white backdrop, no jewellery. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length. The dress is "
            "with chiffon fabric and its neckline is v-shape. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("babydoll", "red"),
        describe("babydoll", "a red sheer babydoll with black lace on the cups and on the hem"),
        details("babydoll", "black lace"),
        Q.material(
            "sheer chiffon with black lace trim along the cups and the hem, the chiffon is soft and see through "
            "and the lace is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        wearing("red", "non_answer", who="the woman"),
        title="Bwitch Women Red Babydoll with Thong",
        category="Baby Dolls",
        color="Red",
        gender="Women",
    ),
    # photo: model in grey melange jogger lounge pants with a drawstring and ribbed cuffs, a white tee with small black
    # text, barefoot, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-011",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants with pure color patterns. "
            "The T-shirt is with cotton fabric and it has a crew neckline."
        ),
        color_of("pants", "grey"),
        Q.color("white", "other_garment_color"),
        describe(
            "pants",
            "grey jogger style lounge pants with a drawstring waist, ribbed cuffs at the ankles and a black stripe "
            "down the side",
            "unsupported",
        ),
        material("denim", "unsupported"),
        details("pants", "a drawstring at the waist and ribbed cuffs"),
        title="Inkfruit Women Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in pink lounge shorts with a white heart print and an elastic waist, a plain grey tee, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-012",
        caption("a woman wearing a grey t - shirt and pink shorts with hearts on them"),
        color_of("shorts", "grey", "other_garment_color"),
        Q.pattern("printed"),
        describe("shorts", "The shorts are pink with white hearts and an elastic waistband"),
        details("shorts", "The details of the shorts are the shorts", "restated"),
        wearing(
            "She is wearing a grey t-shirt and pink shorts Question: What is the color of the shorts? Answer: pink",
            "leak",
            who="she",
            hit_limit=True,
        ),
        title="Jockey Women Pink Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: red underwired bra with red lace along the top of the cups on a white headless mannequin, white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-013",
        caption("a red bra on a white mannequin"),
        color_of("bra", "white", "contradiction"),
        Q.garment_type("bra"),
        describe("bra", "a red underwire bra with lace trim on the cups and a front closure", "unsupported"),
        details(
            "bra",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Triumph Women Red Underwired Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: torso crop, black cotton hipster briefs with a white waistband lettered "Calvin Klein" in black, worn with
    # a black bralette, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-014",
        caption("the lady is wearing a black bra and black underwear with a white waistband that says calvin klein"),
        color_of("briefs", "black"),
        describe("briefs", "black hipster briefs with a wide white elastic waistband with black calvin klein letters"),
        color_of("waistband", "black", "contradiction"),
        wearing("he is wearing black underwear and a black bra", "pronoun"),
        material("cotton stretch"),
        title="Calvin Klein Innerwear Women Black Cotton Hipster Briefs",
        category="Briefs",
        color="Black",
        gender="Women",
    ),
    # photo: staged bedroom; model sitting on a bed with white sheets and pillows, pink long-sleeve button-down pyjama
    # shirt with white piping and white buttons, pink pyjama pants with a small teddy-bear print.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-015",
        caption("a woman sitting on a bed wearing pink pajamas with teddy bears on the pants"),
        color_of("shirt", "pink"),
        color_of("pants", "white", "contradiction"),
        Q.sleeve_length("long sleeve"),
        is_a("night suit", "yes"),
        wearing("He is wearing pink pajamas and sitting on a bed", "pronoun"),
        details("shirt", "white piping on the collar, the cuffs and the front placket, and white buttons"),
        describe(
            "pants",
            "The lady wears a long pants with graphic patterns. The pants are with cotton fabric. The lady wears a "
            "long-sleeve shirt with pure color patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        title="Lady Lyka Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy blue short-sleeve maxi nightdress with a white lace yoke at the neckline, white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-016",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of long length. The dress is "
            "with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The dress is",
            "loop",
            hit_limit=True,
        ),
        color_of("nightdress", "blue"),
        Q.sleeve_length("short sleeve"),
        details("nightdress", "white lace around the neckline"),
        describe("nightdress", "a white nightdress with lace", "contradiction"),
        wearing("a long navy blue nightgown with short sleeves and a lace yoke", who="the woman"),
        title="Sweet Dreams Women Navy Blue Nightdress",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a black camisole with adjustable spaghetti straps and white cotton shorts, white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-017",
        caption("a woman in a black camisole and white shorts"),
        color_of("camisole", "white", "other_garment_color"),
        Q.garment_type("camisole"),
        describe(
            "camisole",
            "She is wearing a black camisole with white shorts. She is wearing a black camisole with white shorts. "
            "She is wearing",
            "loop",
            hit_limit=True,
        ),
        material("a soft knit fabric"),
        wearing(
            "a black camisole and white shorts Question: What is the color of the camisole? Answer: black "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Zivame Women Black Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: model seen from the side and back in a white racerback sports bra and black leggings, standing, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric and its neckline is round. The leggings are with",
            "contradiction",
            hit_limit=True,
        ),
        color_of("sports bra", "white"),
        Q.color("black", "other_garment_color"),
        describe("sports bra", "a white racerback sports bra with a wide elastic band under the bust"),
        details("sports bra", "The sports bra details are the details of the sports bra", "restated"),
        wearing("a white sports bra and black leggings, she is doing yoga", "unsupported", who="the woman"),
        title="Jockey Women White Sports Bra 1376",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: model in a padded bra covered in teal (blue-green) floral lace with scalloped edges, light blue jeans,
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-019",
        caption("a woman wearing a teal lace bra and jeans"),
        color_of("bra", "green", "contradiction"),
        Q.pattern("floral"),
        describe("bra", "a teal padded bra with floral lace over the cups and a scalloped edge"),
        details(
            "bra", "floral lace, scalloped edges, adjustable straps and a gold charm between the cups", "unsupported"
        ),
        is_a("bra", "yes"),
        wearing("blue", "non_answer", who="she"),
        title="Amante Women Blue Lace Padded Bra",
        category="Bra",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a white terry bath robe with a shawl collar, belt and two patch pockets, barefoot, holding a white
    # mug, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-020",
        caption("a woman in a white bathrobe holding a mug"),
        Q.garment_type("robe"),
        Q.color("white"),
        material("terry cotton towel fabric"),
        wearing("a bathrobe and slippers", "unsupported", who="the woman"),
        details(
            "bathrobe",
            "a belt and two pockets, a belt and two pockets, a belt and two pockets, a belt and two pockets, a belt "
            "and",
            "loop",
            hit_limit=True,
        ),
        describe("bathrobe", "The bathrobe is a bathrobe", "restated"),
        title="Marks & Spencer Women White Cotton Bath Robe",
        category="Bath Robe",
        color="White",
        gender="Women",
    ),
    # photo: model in a mustard yellow short-sleeve tee printed "SLEEP MODE" in black, black lounge pants, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-021",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants with pure color patterns. "
            "The T-shirt is with cotton fabric and it has a crew neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow"),
        Q.pattern("graphic"),
        describe("t-shirt", "a mustard yellow t-shirt with the words sleep mode printed in black on the front"),
        details(
            "t-shirt", "text print on the chest Question: What is the color of the t-shirt? Answer: yellow", "leak"
        ),
        wearing("black", "non_answer", who="she"),
        Q.sleeve_length("short sleeve"),
        title="Jockey Women Mustard Yellow Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in an olive green short-sleeve top with a white palm-leaf print and solid olive shorts, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-022",
        caption("a woman wearing a green pajama set with white leaves printed on the top and green shorts"),
        color_of("top", "green"),
        Q.pattern("printed"),
        describe("night suit", "a white night suit with green leaves", "contradiction"),
        details("shorts", "The shorts are short", "non_answer"),
        Q.sleeve_length("short sleeve"),
        wearing("a green printed top with short sleeves and matching green shorts", who="the woman"),
        title="Sweet Dreams Women Olive Green Printed Shorts Night Suit",
        category="Night suits",
        color="Olive",
        gender="Women",
    ),
    # photo: a single pair of peach briefs with a lace-trim waistband laid flat on white, no model, front view.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine. The feed row has no gender.
    case(
        "X973-023",
        caption("a pair of peach colored panties on a white background"),
        Q.color("peach"),
        Q.garment_type("briefs"),
        describe(
            "briefs",
            "The lady wears a pair of briefs with pure color patterns. The briefs are with cotton fabric. The lady",
            "unsupported",
            hit_limit=True,
        ),
        details("briefs", "a lace trim waistband"),
        material("the material of the garment is the material", "restated"),
        title="Enamor Women Peach Briefs",
        category="Briefs",
        color="Peach",
    ),
    # photo: model in a short red satin slip nightdress with spaghetti straps and a v neckline edged in red lace, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length. The dress is "
            "with satin fabric and its neckline is v-shape."
        ),
        color_of("nightdress", "red"),
        material("silk", "unsupported"),
        wearing("she is wearing a short red satin slip"),
        details("nightdress", "spaghetti straps and a v neckline with lace trim"),
        describe(
            "nightdress",
            "a red satin nightdress with spaghetti straps, a v neckline with lace trim and a slit on the left "
            "side up to the",
            "unsupported",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve", "contradiction"),
        title="Clovia Women Red Satin Short Nightdress",
        category="Nightdress",
        color="Red",
        gender="Women",
    ),
    # photo: flat lay of two non-padded bras, one black and one white, side by side on white, no model.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine. The feed row has no color.
    case(
        "X973-025",
        caption("two bras, one black and one white, on a white background"),
        Q.garment_type("bra"),
        is_a("bra", "yes"),
        Q.color("white", "contradiction"),
        describe("bras", "a black bra and a white bra with wide straps and full coverage cups"),
        details(
            "bras",
            "wide straps, wide straps, wide straps, wide straps, wide straps, wide straps, wide straps, wide straps, "
            "wide",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a black bra", "unsupported"),
        title="Jockey Women Pack of 2 Non-Padded Bras 1820",
        category="Bra",
        gender="Women",
    ),
    # photo: model in a pink babydoll with white lace cups, a pink satin bow under the bust, a sheer pink mesh skirt and
    # a matching pink panty, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference.
    case(
        "X973-026",
        caption("a woman wearing a pink babydoll with white lace on the top"),
        color_of("babydoll", "white", "contradiction"),
        describe(
            "babydoll",
            "a pink sheer babydoll with white lace cups, a satin bow under the bust and a matching pink panty",
        ),
        wearing("a pink babydoll nightie with a matching panty and a pink robe", "unsupported", who="the woman"),
        material("lace and mesh"),
        details(
            "babydoll",
            "white lace cups and a bow Question: What is the color of the babydoll? Answer: pink Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Clovia Women Pink Lace Babydoll with Panty",
        category="Baby Dolls",
        color="Pink",
        gender="Women",
    ),
    # photo: men's torso crop, navy blue trunks with a grey waistband lettered JOCKEY in navy, nothing else worn, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-027",
        caption("a man in navy blue boxer briefs with a grey waistband"),
        color_of("trunks", "grey", "contradiction"),
        Q.garment_type("trunks"),
        wearing("She is wearing navy blue underwear", "pronoun", who="the man"),
        describe("trunks", "navy blue trunks with a grey elastic waistband with the jockey logo in navy"),
        details(
            "trunks",
            "a grey elastic waistband with jockey written on it in navy, flat seams on the legs and a",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Jockey Men Navy Blue Trunks 1015",
        category="Trunk",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: torso crop, white briefs with a grey marl waistband lettered JOCKEY in blue, a white sleeveless vest above,
    # no watch or jewellery, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference.
    case(
        "X973-028",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns and a white briefs. The tank top is "
            "with cotton fabric. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("briefs", "white"),
        describe("briefs", "white briefs with a grey waistband and blue letters on it"),
        details(
            "briefs",
            "Question: What are the briefs details? Answer: The briefs details are the waistband Question: What",
            "leak",
            hit_limit=True,
        ),
        wearing("a white vest and white briefs", who="the man"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Jockey Men White Briefs 8035",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: model in a white ribbed sleeveless innerwear vest tucked into blue jeans, white backdrop, front view.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-029",
        caption("a man wearing a white tank top and blue jeans"),
        color_of("vest", "blue", "other_garment_color"),
        Q.garment_type("vest"),
        describe("vest", "a white ribbed vest with a round neck and deep armholes, tucked into blue jeans"),
        wearing("she is wearing a white tank top and blue jeans", "pronoun"),
        material("ribbed cotton"),
        Q.sleeve_length("sleeveless"),
        title="Dollar Bigboss Men White Ribbed Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: model in blue-and-white checked woven boxers with a button fly and a plain navy t-shirt, white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts with "
            "lattice patterns. The T-shirt is with cotton fabric. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        color_of("boxers", "navy", "other_garment_color"),
        Q.pattern("checked"),
        describe("boxers", "blue and white checked boxer shorts with an elastic waistband and a button fly"),
        wearing("a navy t-shirt and checked boxer shorts", who="he"),
        is_a("pair of shorts", "yes"),
        title="Marks & Spencer Men Blue Checked Woven Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: flat lay of three trunks (black, grey, navy), each with a black waistband lettered in white, in front of
    # the cardboard box they came in, white backdrop. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X973-031",
        caption("three pairs of boxer briefs in black, grey and blue next to a box"),
        Q.garment_type("trunks"),
        Q.color("black", "contradiction"),
        describe("trunks", "three trunks in black, grey and navy, each with a black waistband with white lettering"),
        details(
            "trunks",
            "a waistband and a pouch. Question: What is the color of the trunks? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("the person is wearing what the person is wearing", "restated"),
        title="Van Heusen Men Pack of 3 Trunks",
        category="Trunk",
        color="Multi",
        gender="Men",
    ),
    # photo: model in charcoal jogger lounge pants with a drawstring, side pockets and cuffed ankles, a white crew-neck
    # t-shirt, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-032",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants with pure color "
            "patterns. The T-shirt is with cotton fabric. The pants are with denim fabric.",
            "unsupported",
        ),
        color_of("pants", "grey"),
        color_of("t-shirt", "white"),
        describe("pants", "dark grey lounge pants with a drawstring, side pockets and cuffed ankles"),
        details("pants", "The pants are pants", "non_answer"),
        material("cotton"),
        wearing("a white t-shirt and black pants", "contradiction", who="the man"),
        title="Jockey Men Charcoal Lounge Pants 9500",
        category="Lounge Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model standing in a short-sleeve collared button-front pyjama shirt with navy and white vertical stripes
    # and a chest pocket, solid navy pyjama pants, white backdrop. Caption/open: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X973-033",
        caption("a man in a blue and white striped shirt and blue pajama pants"),
        Q.pattern("striped"),
        color_of("pants", "blue"),
        Q.sleeve_length("long sleeve", "contradiction"),
        describe("shirt", "a blue and white striped shirt with a collar, short sleeves and a chest pocket"),
        details(
            "pants",
            "navy blue with white stripes, navy blue with white stripes, navy blue with white stripes, navy blue with",
            "loop",
            hit_limit=True,
        ),
        wearing("He is wearing a blue striped pajama shirt and pants", who="he"),
        title="Hanes Men Navy Blue Striped Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black cotton vest with a small white Calvin Klein logo on the left chest, grey melange track
    # pants, no watch, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-034",
        caption("a man wearing a black tank top and grey sweatpants"),
        color_of("vest", "grey", "other_garment_color"),
        Q.garment_type("vest"),
        describe("vest", "a black cotton vest with calvin klein written on the chest in white"),
        Q.sleeve_length("short sleeve", "contradiction"),
        wearing("a black vest, grey track pants and a silver watch", "unsupported", who="the man"),
        material("cotton"),
        title="Calvin Klein Innerwear Men Black Cotton Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: model in red knit boxers with a small white anchor print and a plain white crew-neck tee, white backdrop.
    # Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-035",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts with "
            "graphic patterns. The T-shirt is with cotton fabric and it has a crew",
            "cut",
            hit_limit=True,
        ),
        color_of("boxers", "red"),
        Q.pattern("printed"),
        describe("boxers", "red boxers with a white anchor print and an elastic waistband"),
        details("boxers", "The details of the boxers are the details", "restated"),
        wearing("white", "non_answer", who="he"),
        title="Hanes Men Red Printed Boxers",
        category="Boxers",
        color="Red",
        gender="Men",
    ),
    # photo: torso crop, grey melange trunk with a black waistband lettered "Calvin Klein" in white, nothing else worn,
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-036",
        caption("a man in grey calvin klein underwear"),
        color_of("trunk", "black", "contradiction"),
        Q.garment_type("shorts", "contradiction"),
        describe("trunk", "grey trunks with a black waistband that says calvin klein in white letters"),
        wearing("He is wearing grey underwear", who="the man"),
        material("cotton"),
        details(
            "trunk",
            "logo waistband, logo waistband, logo waistband, logo waistband, logo waistband, logo waistband, logo",
            "loop",
            hit_limit=True,
        ),
        title="Calvin Klein Innerwear Men Grey Trunk",
        category="Trunk",
        color="Grey",
        gender="Men",
    ),
    # photo: torso crop, black briefs with a red waistband carrying small black bunny logos, no side stripes, white
    # backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-037",
        caption(
            "The gentleman is wearing a black briefs with a red waistband. The briefs are with cotton fabric. There is "
            "a bunny logo on the waistband."
        ),
        color_of("briefs", "red", "contradiction"),
        Q.garment_type("briefs"),
        details("briefs", "a red waistband with a bunny logo"),
        wearing("she is wearing black underwear with a red waistband", "pronoun"),
        describe("briefs", "black briefs with a red waistband and a white stripe on the side", "unsupported"),
        title="Playboy Men Black Briefs",
        category="Briefs",
        color="Black",
        gender="Men",
    ),
    # photo: model in above-the-knee olive green lounge shorts with a drawstring and side pockets, a plain black tee,
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-038",
        caption("a man in a black t - shirt and olive green shorts"),
        color_of("shorts", "black", "other_garment_color"),
        describe("shorts", "olive green shorts with a drawstring and side pockets, above the knee"),
        material("denim", "unsupported"),
        details("shorts", "drawstring waist and two side pockets"),
        wearing("a black t-shirt and black shorts", "other_garment_color", who="the man"),
        is_a("pair of shorts", "yes"),
        title="Jockey Men Olive Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a maroon crew-neck short-sleeve lounge tee with a small white logo on the chest, grey knit lounge
    # pants, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants with pure color "
            "patterns. The T-shirt is with cotton fabric and it has a crew neckline."
        ),
        color_of("t-shirt", "red"),
        color_of("pants", "grey"),
        describe("t-shirt", "a maroon t-shirt with a small white logo on the chest"),
        Q.color("grey", "other_garment_color"),
        details(
            "t-shirt",
            "a crew neckline and short sleeves. The T-shirt is with cotton fabric. The pants are with cotton fabric. "
            "The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon shirt and grey jeans", "unsupported", who="the man"),
        title="Jockey Men Maroon Lounge T-shirt",
        category="Lounge Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a navy blue robe with white piping on the collar, cuffs and pockets and a matching belt, over a
    # white tee and grey pyjama pants, white backdrop. Caption and open answers: caption adapter epoch 2; closed:
    # reference engine.
    case(
        "X973-040",
        caption("a man wearing a navy blue robe over a white t - shirt and grey pajama pants"),
        color_of("robe", "white", "other_garment_color"),
        Q.garment_type("robe"),
        describe("robe", "a navy robe with white piping on the collar, cuffs and pockets and a matching belt"),
        material("cotton"),
        wearing("She is wearing a blue robe", "pronoun", who="he"),
        details("robe", "Question: Describe the robe. Answer: a navy robe with white piping", "leak"),
        title="Marks & Spencer Men Navy Blue Cotton Robe",
        category="Robe",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: product shot, two folded white vests in a clear plastic packet with a red Rupa label card, white backdrop,
    # no model. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-041",
        caption("two white vests in a plastic package with a red label"),
        Q.color("red", "contradiction"),
        Q.garment_type("vest"),
        describe(
            "vests",
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric "
            "and its neckline is round. The gentleman wears a",
            "unsupported",
            hit_limit=True,
        ),
        is_a("vest", "yes"),
        wearing("no", "non_answer"),
        title="Rupa Men Pack of 2 White Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: torso crop, red trunk with a navy waistband lettered U.S. POLO ASSN. in white, a white vest above it,
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-042",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns and a red trunks with a navy "
            "waistband. The tank top is with cotton fabric and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        color_of("trunk", "red"),
        Q.color("white", "other_garment_color"),
        describe("trunk", "red trunks with a navy blue waistband with white letters"),
        wearing("a white vest and red trunks", who="the man"),
        details(
            "trunk",
            "The waistband is navy blue and the trunks are red and the waistband is navy blue and the trunks are red "
            "and the",
            "loop",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men Red Trunk I652",
        category="Trunk",
        color="Red",
        gender="Men",
    ),
    # photo: model in grey melange knit boxer shorts with navy piping on the hem and a navy t-shirt, feet cropped out,
    # white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X973-043",
        caption("a man wearing a navy blue t - shirt and grey shorts"),
        color_of("boxers", "blue", "other_garment_color"),
        describe("boxers", "grey knit boxer shorts with navy piping on the hem and an elastic waistband"),
        details("boxers", "navy piping on the hem"),
        Q.material(
            "The gentleman wears a three-point shorts with pure color patterns. The shorts are with cotton "
            "fabric and the T-shirt is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        wearing(
            "He is wearing a navy blue t-shirt and grey boxer shorts and black socks and white sneakers",
            "unsupported",
            who="he",
        ),
        title="Jockey Men Grey Melange Knit Boxer Shorts",
        category="Boxers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model standing in a black crew-neck tee printed in white with a game controller and "GAME OVER", grey and
    # black checked pyjama pants with a drawstring, empty hands, white backdrop. Caption/open: caption adapter epoch 2;
    # closed: reference engine.
    case(
        "X973-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants with lattice "
            "patterns. The T-shirt is with cotton fabric and it has a crew neckline. The pants are with",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "black"),
        color_of("pants", "grey"),
        describe(
            "t-shirt", "a black t-shirt with a white game controller and the words game over printed on the front"
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("pants", "grey and black checks with an elastic waist and a drawstring"),
        wearing(
            "a black t-shirt with a white print and grey pajama pants and he is holding a game controller",
            "unsupported",
            who="the man",
        ),
        title="Inkfruit Men Black Printed Night suit",
        category="Night suits",
        color="Black",
        gender="Men",
    ),
    # photo: product shot, royal blue briefs with a black waistband lettered MACROMAN in white, laid flat on white, no
    # model. Caption and open answers: caption adapter epoch 2; closed: reference engine. The row has no category.
    case(
        "X973-045",
        caption("a pair of blue briefs on a white background"),
        Q.color("blue"),
        Q.garment_type("briefs"),
        describe("briefs", "blue briefs with a black waistband with macroman written in white"),
        wearing("He is wearing a pair of blue briefs", "unsupported"),
        details("briefs", "a contoured pouch and a wide black waistband with white lettering"),
        title="Macroman Men Royal Blue Briefs M2002",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a navy blue gym vest with white binding at the neck and armholes and a small white Jockey logo on
    # the chest, black shorts, white backdrop. Caption and open answers: caption adapter epoch 2; closed: reference.
    case(
        "X973-046",
        caption("a man in a navy blue tank top with white trim and black shorts"),
        color_of("vest", "black", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe(
            "vest",
            "navy blue gym vest with white binding at the neck and armholes and a small jockey logo on the chest",
        ),
        wearing("a navy blue vest and black shorts", who="the man"),
        details("vest", "she has white binding on the neck and the armholes and a small logo on the chest", "pronoun"),
        material("Question: What material is the vest made of? Answer: cotton", "leak"),
        title="Jockey Men Navy Blue Gym Vest US27",
        category="Innerwear Vests",
        color="Navy Blue",
        gender="Men",
    ),
]
