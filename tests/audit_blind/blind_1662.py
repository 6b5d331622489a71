"""BLIND_1662 (46 products; Myntra men's ethnic wear, base BLIP-2): written blind in the sixty-seventh session. Measured
blind at c7905fe (the session's first rules): 45/63 failures found (71.4%) and 23/234 correct texts flagged (9.8%).
The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed: kurtas, kurta pyjama / churidar / dhoti sets, sherwanis and Nehru
jackets. Catalog columns as the feed has them: title, category (Myntra's article type: Kurtas, Kurta Sets, Sherwani,
Nehru Jackets), color (base colour) and gender ("Men"); one case leaves out the category, one the color, one the
gender. Photos are the usual Myntra shots: a model on a plain light backdrop wearing the product with the rest of the
outfit (white pyjama or churidar under a kurta, a kurta under a Nehru jacket, stole and safa with a sherwani), a few
back views, two flat lays, a few props (a chair, a stool, a decorative sword, sunglasses), one coloured backdrop.
Who wrote what: every caption and every open answer (wearing, describe, details, material) is base
Salesforce/blip2-opt-2.7b, zero-shot, no adapter, greedy, `Question: ... Answer:` prompts, 50 new tokens for captions
and 30 for answers. The base model mostly stops on its own with short answers; the failures are the base model's:
the color of the under-layer or the pyjama given to the product, one color for every garment, invented details
(collar, buttons, drawstrings it cannot see), encyclopedia-style answers that run to the limit, a few loops, a prompt
echoed back twice, "a woman" for a man in a pink or green kurta. Closed answers (garment type, color, pattern, sleeve
length, "Is this a ...?") are enrich's reference engine ranking its candidate answers with the same base model, so
they are always a clean candidate label; they go wrong by ranking the wrong garment's color (the white kurta under a
Nehru jacket, the red stole over a sherwani, the pink backdrop), by calling a long kurta a dress or a Nehru jacket a
kurta, and by giving the kurta's long sleeves to a sleeveless jacket.
Labeling conventions and judgement calls: near shades count as right (cream / off-white / ivory -> white, maroon ->
red, navy -> blue, peach -> pink, lavender -> purple, teal -> blue in a caption), so the seller's "Cream" and the
engine's "white" is not a failure. A sherwani called a coat, a Nehru jacket called a vest, is right. A short
(hip-length) kurta called a shirt is right everywhere; a knee-length kurta called a shirt is a contradiction. A
closed color that is another garment's (pyjama, under-kurta, stole) is other_garment_color; a closed color taken
from the backdrop or from the print over the base colour is contradiction. An open answer giving every garment the
same color is other_garment_color. Material against a title that states it is contradiction; a material the title
does not state and the photo does not support (velvet, wool, rayon on matte cotton) is unsupported, while silk for
an art-silk jacquard with sheen is right. Details the photo cannot show (buttons or a neckline in a back view, a
drawstring under a long kurta) are unsupported. An answer that gives a bare colour to "Describe the kurta." is
accepted as a short answer. An answer that runs to the limit mid-sentence is cut even when it is generic; one that
repeats a phrase until the limit is loop; an answer that echoes the `Question: ... Answer:` prompt is leak even
when it also repeats. About one text in five is wrong, fewer than the fine-tuned adapters' usual share: the engine's
closed answers are always a clean label and the base model mostly stops on its own, so most failures are colors,
garment kinds and details that only the photo shows to be wrong.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_1662 = [
    # Model front, light grey backdrop: cream self-design (jacquard, slight sheen) knee-length kurta, mandarin collar,
    # cream churidar, tan mojris. Caption and open answers: base BLIP-2 zero-shot; closed: reference engine.
    case(
        "X1662-001",
        caption("a man in a white kurta and white pants standing in front of a white wall"),
        wearing("a white kurta", who="the man"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        describe("kurta", "the kurta is white with a mandarin collar"),
        details("kurta", "kurta", "non_answer"),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # Model front, white backdrop: navy kurta with small white floral buttis, navy self collar and placket, white
    # pyjama (styling), brown kolhapuris. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-002",
        caption("a man wearing a blue kurta and white pants"),
        wearing("kurta"),
        color_of("kurta", "navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeve"),
        describe("kurta", "the kurta is blue with white flowers"),
        details("kurta", "the kurta has a white collar", "unsupported"),
        gender="Men",
        title="Anouk Men Navy Blue & White Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Model front, hands in the kurta's side pockets: mustard solid matte cotton kurta, white pyjama, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-003",
        caption("a man in a yellow kurta and white pants"),
        wearing("a yellow kurta and yellow pants", "other_garment_color", who="he"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("kurta"),
        describe("kurta", "yellow"),
        details("kurta", "the kurta has a collar and buttons"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Jompers Men Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Model front, beige backdrop: maroon brocade sherwani with gold woven buttas and gold-toned buttons, gold
    # churidar, cream stole over one shoulder, cream safa, mojris. Caption and open answers: base zero-shot; closed:
    # reference engine.
    case(
        "X1662-004",
        caption("a man in a red and gold sherwani with a turban"),
        wearing("indian wedding attire"),
        Q.garment_type("sherwani"),
        Q.color("gold", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeve"),
        details("sherwani", "the sherwani has gold buttons and gold embroidery"),
        Q.material("silk"),
        gender="Men",
        title="VASTRAMAY Men Maroon & Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Model front: black solid Nehru jacket (sleeveless) over a white kurta and white pyjama, plain white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-005",
        caption("a man in a black vest and white pants"),
        wearing("a white kurta and a black vest", who="the man"),
        Q.garment_type("vest"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long sleeve", "contradiction"),
        describe("jacket", "it is a black jacket"),
        is_a("nehru jacket", "yes"),
        gender="Men",
        title="See Designs Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Model sitting on a wooden stool (prop), beige backdrop: white chikankari (floral thread work) cotton kurta,
    # white pyjama. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-006",
        caption("a man in a white kurta sitting on a stool"),
        wearing("white kurta pajama"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.material("linen", "contradiction"),
        details("kurta", "white embroidery on the front"),
        describe("kurta", "it's a kurta", "non_answer"),
        gender="Men",
        title="House of Pataudi Men White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Back view: olive hip-length kurta (short kurta), khaki chinos, grey backdrop; the button placket is at the front
    # and not visible. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-007",
        caption("the back of a man in a green shirt and khaki pants"),
        wearing("a green shirt and khaki pants"),
        Q.garment_type("shirt"),
        Q.color("olive"),
        details("kurta", "the kurta has buttons on the back", "unsupported"),
        describe("kurta", "the kurta is green"),
        gender="Men",
        title="KISAH Men Olive Green Solid Mandarin Collar Short Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Model front: beige cotton kurta with a maroon block print, beige churidar, plain off-white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-008",
        caption("a man in a beige kurta with a red pattern"),
        wearing("he is wearing a kurta", who="he"),
        color_of("kurta", "beige"),
        Q.pattern("printed"),
        describe(
            "kurta",
            "the kurta is made of cotton and has a mandarin collar and a button placket and a mandarin collar and a"
            " button placket and a mandarin collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Sojanya Men Beige & Maroon Printed Kurta with Churidar",
        category="Kurta Sets",
        color="Beige",
    ),
    # Model front, white backdrop: indigo knee-length kurta with a white dabu (dot and small leaf) print, white
    # pyjama. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-009",
        caption("a man in a blue and white kurta"),
        wearing("a blue shirt", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        describe("kurta", "blue and white"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Indigo Cotton Printed Slim Fit Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Model front, beige backdrop: cream sherwani with gold embroidery at collar and front, cream churidar, red
    # dupatta over the shoulder, red safa, mojris. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-010",
        caption("a man in a white sherwani with a red scarf"),
        wearing("a sherwani"),
        Q.color("red", "other_garment_color"),
        Q.pattern("embroidered"),
        details("sherwani", "gold embroidery on the collar and the front"),
        is_a("sherwani", "yes"),
        gender="Men",
        title="Manyavar Men Cream & Gold-Toned Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Cream",
    ),
    # Model front: peach sequinned Nehru jacket (tone-on-tone sequins) over a cream kurta and cream pyjama, light
    # grey backdrop. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-011",
        caption("a man in a pink vest and white kurta"),
        wearing("a pink jacket and a white kurta"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        describe("jacket", "a pink jacket with sequins"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Vastramay Men Peach-Coloured Sequinned Nehru Jacket",
        category="Nehru Jackets",
        color="Peach",
    ),
    # Model front, slightly side-on, long hair tied back: sea green knee-length kurta with tonal thread embroidery on
    # the yoke, white pyjama, white backdrop. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-012",
        caption("a woman in a green kurta and white pants", "pronoun"),
        wearing("a green kurta", who="he"),
        Q.color("green"),
        Q.garment_type("dress", "contradiction"),
        details("kurta", "embroidery on the neck"),
        Q.sleeve_length("long sleeve"),
        gender="Men",
        title="Jompers Men Sea Green Ethnic Motifs Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Model front: black kurta with a narrow gold woven border at hem and cuffs, gold-toned dhoti pants, black
    # mojris, white backdrop. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-013",
        caption("a man in a black kurta and gold pants"),
        wearing("black kurta and gold dhoti"),
        color_of("kurta", "black"),
        color_of("dhoti pants", "black", "other_garment_color"),
        Q.pattern("solid"),
        describe("dhoti pants", "the dhoti pants are gold"),
        gender="Men",
        title="Anouk Men Black & Gold-Toned Woven Design Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Black",
    ),
    # Flat lay on a plain grey surface: off-white solid cotton kurta, long sleeves spread out, no person.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-014",
        caption("a white kurta on a gray background"),
        wearing("a white kurta"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        describe("kurta", "a white kurta"),
        gender="Men",
        title="Shvaas by Vastramay Men Off-White Pure Cotton Solid Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Model standing with one hand on a wooden chair (prop): teal art-silk kurta with a subtle self design, cream
    # churidar, beige backdrop. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-015",
        caption("a man in a blue kurta standing next to a chair"),
        wearing("a blue kurta and white pants", who="the man"),
        Q.color("teal"),
        Q.pattern("solid"),
        details(
            "kurta",
            "the kurta has a collar and a collar and a collar and a collar and a collar and a collar and a collar and"
            " a collar and",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        gender="Men",
        title="Manyavar Men Teal Blue Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
    ),
    # Model front: lavender solid kurta, white pyjama, white sneakers, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-016",
        caption("a man in a purple kurta and white pants"),
        wearing("a purple kurta"),
        color_of("kurta", "purple"),
        color_of("pyjama", "purple", "other_garment_color"),
        describe("kurta", "the kurta is purple and the pyjama is purple", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        is_a("kurta", "yes"),
        gender="Men",
        title="Ode by House of Pataudi Men Lavender Solid Straight Kurta with Pyjama",
        category="Kurta Sets",
        color="Lavender",
    ),
    # Model front, plain grey backdrop: navy art-silk sherwani with silver embroidery at collar, cuffs and front,
    # white churidar, silver mojris. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-017",
        caption("a man in a blue sherwani standing in front of a palace", "unsupported"),
        wearing("a navy blue sherwani", who="he"),
        Q.garment_type("coat"),
        Q.color("navy blue"),
        Q.pattern("embroidered"),
        details("sherwani", "silver embroidery on the collar and cuffs and the front"),
        Q.material("velvet", "unsupported"),
        gender="Men",
        title="Sanwara Men Navy Blue & Silver Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
    # Model front: peach kurta with a small floral print and a mandarin collar, white pyjama, white backdrop; short
    # hair, light stubble. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-018",
        caption("a man in a pink kurta and white pajamas"),
        wearing("she is wearing a pink kurta", "pronoun"),
        Q.color("pink"),
        Q.pattern("floral"),
        describe("kurta", "the kurta is pink with a floral print"),
        details("kurta", "the kurta has a round neck", "unsupported"),
        gender="Men",
        title="Jompers Men Peach-Coloured Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
    ),
    # Model front, styled western: grey cotton knee-length kurta with a side pocket, blue jeans, white sneakers,
    # white backdrop. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-019",
        caption("a man in a gray kurta and blue jeans"),
        wearing("kurta and jeans"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.material("cotton"),
        details("kurta", "pockets on the side"),
        gender="Men",
        title="Fabindia Men Grey Cotton Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Model front: beige jacquard Nehru jacket over a maroon kurta and white churidar, off-white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-020",
        caption("a man in a red kurta and a beige vest"),
        wearing("a red kurta", who="the man"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("red", "other_garment_color"),
        describe("jacket", "the jacket is beige"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Manyavar Men Beige Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # Model front: three-piece set, white solid kurta, white pyjama, gold brocade Nehru jacket with self-fabric
    # buttons, white backdrop. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-021",
        caption("a man in a white kurta and a gold vest"),
        wearing("white kurta and gold jacket"),
        color_of("kurta", "white"),
        color_of("jacket", "white", "other_garment_color"),
        Q.pattern("solid"),
        details("jacket", "the jacket has gold buttons"),
        describe("kurta", "gold", "other_garment_color"),
        gender="Men",
        title="VASTRAMAY Men White Kurta with Pyjamas & Gold-Toned Nehru Jacket",
        category="Kurta Sets",
        color="White",
    ),
    # Back view: maroon solid kurta with side slits (mandarin collar, seen only from behind), cream churidar, grey
    # backdrop. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-022",
        caption("a man in a red kurta and white pants from the back"),
        wearing("a red kurta"),
        Q.color("red"),
        Q.garment_type("kurta"),
        details("kurta", "the kurta has a slit on the side"),
        describe("kurta", "the kurta is red and has a v-neck", "unsupported"),
        gender="Men",
        title="Anouk Men Maroon Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Model front, white backdrop: black knee-length Pathani kurta with a shirt collar and black buttons, black
    # salwar, brown sandals. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-023",
        caption("a man in a black shirt and black pants", "contradiction"),
        wearing("a black kurta", who="he"),
        Q.color("black"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long sleeve"),
        Q.material("cotton"),
        details("kurta", "black buttons and a collar"),
        gender="Men",
        title="Sojanya Men Black Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Black",
    ),
    # Model front, plain backdrop: yellow art-silk kurta, white churidar.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-024",
        caption("a man in a yellow kurta and white pants"),
        wearing("yellow kurta and white churidar"),
        color_of("kurta", "yellow"),
        details(
            "kurta",
            "the kurta is yellow. Question: What are the kurta details? Answer: the kurta is yellow. Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        gender="Men",
        title="Manyavar Men Yellow Self Design Kurta Set",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Model front: blue and white vertical striped kurta, full sleeves (not rolled), white pyjama, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-025",
        caption("a man in a blue and white striped kurta"),
        wearing("a striped kurta"),
        Q.pattern("striped"),
        Q.color("blue"),
        describe("kurta", "it is striped"),
        details("kurta", "blue and white stripes"),
        Q.sleeve_length("three-quarter sleeve", "contradiction"),
        gender="Men",
        title="Jompers Men Blue & White Striped Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Model holding a decorative sword (prop), beige backdrop: ivory embroidered sherwani, ivory churidar, pink
    # stole, pink safa, gold mojris. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-026",
        caption("a man in a white sherwani holding a sword"),
        wearing("a sherwani and a turban", who="the man"),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("sherwani"),
        Q.pattern("embroidered"),
        details("sherwani", "the sherwani has a high collar and embroidery"),
        Q.material("silk"),
        is_a("sherwani", "yes"),
        gender="Men",
        title="Manyavar Men Off-White Embroidered Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Off White",
    ),
    # Model front: navy paisley-jacquard Nehru jacket over a white shirt, blue jeans, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-027",
        caption("a man in a blue vest and jeans"),
        wearing("a blue vest"),
        Q.garment_type("vest"),
        Q.color("navy blue"),
        Q.pattern("checked", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Hangup Men Navy Blue Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Model front: rust cotton-silk kurta with mandarin collar, button placket, two side pockets, curved hem,
    # off-white churidar, grey backdrop. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-028",
        caption("a man in an orange kurta and white pants"),
        wearing("an orange kurta", who="he"),
        Q.color("orange"),
        Q.material("silk"),
        describe(
            "kurta",
            "the kurta is orange with a mandarin collar, a button placket, long sleeves with buttoned cuffs, two side"
            " pockets and a curved hem that falls just below the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        gender="Men",
        title="Fabindia Men Rust Orange Cotton Silk Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Model front: mustard Nehru jacket with a small black print over a black kurta and black churidar, white
    # backdrop. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-029",
        caption("a man in a black kurta and a yellow vest"),
        wearing("black kurta"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("vest"),
        Q.pattern("printed"),
        describe("jacket", "yellow and black"),
        is_a("nehru jacket", "no", "contradiction"),
        gender="Men",
        title="See Designs Men Mustard Yellow & Black Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Model front, face partly turned away: pink floral printed kurta, white pyjama, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-030",
        caption("a woman in a pink floral kurta", "pronoun"),
        wearing("a pink kurta"),
        Q.color("pink"),
        Q.pattern("floral"),
        details("kurta", "floral print"),
        Q.sleeve_length("long sleeve"),
        gender="Men",
        title="Anouk Men Pink Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
    # Model front: bottle green silk-blend kurta with a sheen, mandarin collar, cream churidar, beige backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-031",
        caption("a man in a green kurta and white pants"),
        wearing("green kurta", who="the man"),
        color_of("kurta", "green"),
        Q.garment_type("kurta"),
        details("kurta", "the kurta has a mandarin collar"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="Manyavar Men Green Silk Blend Solid Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Model front: cream pure silk kurta, cream churidar, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-032",
        caption("a man in a white kurta"),
        wearing("kurta"),
        describe("kurta", "the kurta", "non_answer"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        Q.color("white"),
        Q.material("silk"),
        gender="Men",
        title="Sojanya Men Cream Pure Silk Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # Model front: bottle green brocade sherwani with gold floral buttas and gold buttons, gold churidar, gold mojris,
    # grey backdrop. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-033",
        caption("a man in a green and gold sherwani"),
        wearing("a green sherwani", who="he"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeve"),
        details(
            "sherwani",
            "gold buttons and gold buttons and gold buttons and gold buttons and gold buttons and gold buttons and"
            " gold buttons and gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("brocade"),
        gender="Men",
        title="Vastramay Men Green & Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Green",
    ),
    # Model front: navy solid kurta with full-length sleeves, white pyjama, white backdrop. The feed has no category
    # for this row. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-034",
        caption("a man in a blue kurta and white pajamas"),
        wearing("a blue kurta"),
        Q.color("navy blue"),
        Q.garment_type("kurta"),
        Q.sleeve_length("short sleeve", "contradiction"),
        details("kurta", "yes", "non_answer"),
        gender="Men",
        title="Jompers Men Navy Blue Solid Kurta with Pyjamas",
        color="Navy Blue",
    ),
    # Model front: off-white kurta with a blue floral print covering about a third of the surface, white churidar,
    # grey backdrop. The feed has no color for this row. Caption and open answers: base zero-shot; closed: engine.
    case(
        "X1662-035",
        caption("a man in a white kurta with blue flowers"),
        wearing("a white and blue kurta", who="the man"),
        Q.color("blue", "contradiction"),
        Q.pattern("floral"),
        describe("kurta", "white with blue flowers"),
        gender="Men",
        title="Manyavar Men Off-White & Blue Floral Printed Kurta with Churidar",
        category="Kurta Sets",
    ),
    # Flat lay on white: black cotton Nehru jacket, buttons done up, no person.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-036",
        caption("a black vest on a white background"),
        wearing(
            "a black vest. Question: What is the person wearing? Answer: a black vest. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("vest"),
        Q.color("black"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless"),
        gender="Men",
        title="Fabindia Men Black Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Model front, one hand in the kurta pocket: red solid knee-length kurta, white pyjama (waist hidden under the
    # kurta), white backdrop. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-037",
        caption("a man in a red kurta and white pants"),
        wearing("red kurta", who="he"),
        color_of("kurta", "red"),
        color_of("pyjamas", "red", "other_garment_color"),
        describe("pyjamas", "the pajamas are white"),
        details("pyjamas", "the pyjamas have a drawstring", "unsupported"),
        gender="Men",
        title="Sanwara Men Red Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Red",
    ),
    # Model front: grey self-design kurta (thin woven vertical lines), matte cotton, white pyjama, white backdrop.
    # The feed has no gender for this row. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-038",
        caption("a man in a gray kurta"),
        wearing("grey kurta"),
        Q.color("grey"),
        Q.pattern("striped"),
        Q.material("wool", "unsupported"),
        describe("kurta", "the kurta is a kurta", "restated"),
        title="Anouk Men Grey & White Self Design Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Back view: peach sherwani with an embroidered back yoke, gold churidar, stole draped over one shoulder, beige
    # backdrop. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-039",
        caption("a man in a pink sherwani standing with his back to the camera"),
        wearing("a pink dress", "contradiction"),
        Q.color("pink"),
        details("sherwani", "the sherwani has embroidery on the back"),
        is_a("sherwani", "yes"),
        Q.garment_type("coat"),
        Q.sleeve_length("long sleeve"),
        gender="Men",
        title="Manyavar Men Peach-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
    ),
    # Model front: navy solid kurta, white pyjama, cream Nehru jacket with a small floral print, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-040",
        caption("a man in a blue kurta and a white vest"),
        wearing("a blue kurta, blue pants and a blue vest", "other_garment_color", who="the man"),
        color_of("kurta", "navy blue"),
        color_of("jacket", "white"),
        Q.pattern("solid"),
        details("jacket", "the jacket has a floral print"),
        gender="Men",
        title="VASTRAMAY Men Navy Blue Kurta with Pyjama & Cream Printed Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Model front holding a pair of sunglasses (prop): yellow floral printed cotton kurta (cotton per the product
    # page, not the title), white pyjama, white backdrop. Caption and open answers: base zero-shot; closed: engine.
    case(
        "X1662-041",
        caption("a man in a yellow kurta holding a pair of sunglasses"),
        wearing("yellow kurta"),
        Q.color("yellow"),
        Q.pattern("floral"),
        describe("kurta", "yellow kurta with flowers on it"),
        details("kurta", "the kurta details are yellow", "restated"),
        Q.material("rayon", "unsupported"),
        gender="Men",
        title="House of Pataudi Men Yellow Floral Printed Straight Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Model front: royal blue silk-blend kurta with gold-toned metal buttons, cream churidar, grey backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-042",
        caption("a man in a blue kurta and white pants"),
        wearing("he is wearing a blue kurta and white pants", who="he"),
        Q.color("blue"),
        Q.garment_type("kurta"),
        describe(
            "kurta",
            "the kurta is a long, loose-fitting garment that is worn by men in india and pakistan. it is usually made"
            " of cotton or silk and is worn with",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "the kurta has a mandarin collar with gold buttons"),
        Q.material("silk"),
        Q.sleeve_length("long sleeve"),
        gender="Men",
        title="Sojanya Men Blue Silk Blend Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Blue",
    ),
    # Model front against a pink studio backdrop: white solid kurta, white churidar.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-043",
        caption("a man in a white kurta standing in front of a pink wall"),
        wearing("white kurta pajama"),
        Q.color("pink", "contradiction"),
        Q.garment_type("kurta"),
        describe("kurta", "white"),
        details("kurta", "the kurta has a pink collar", "unsupported"),
        gender="Men",
        title="Anouk Men White Solid Kurta with Churidar",
        category="Kurta Sets",
        color="White",
    ),
    # Model front: black kurta with a white geometric print and a mandarin collar, white pyjama, white backdrop.
    # Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-044",
        caption("a man in a black and white kurta"),
        wearing("black and white kurta"),
        Q.color("black"),
        Q.pattern("printed"),
        details(
            "kurta",
            "the kurta has a geometric print and a mandarin collar and a geometric print and a mandarin collar and a"
            " geometric print and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Men",
        title="Jompers Men Black & White Geometric Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
    ),
    # Model mid-stride (walking pose), grey backdrop: beige linen hip-length short kurta with a mandarin collar,
    # white trousers. Caption and open answers: base zero-shot; closed: reference engine.
    case(
        "X1662-045",
        caption("a man in a beige kurta walking"),
        wearing("a beige shirt and white pants"),
        Q.material("linen"),
        Q.color("beige"),
        Q.garment_type("shirt"),
        describe("kurta", "a beige linen kurta with a mandarin collar"),
        gender="Men",
        title="KISAH Men Beige Linen Short Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Model front: black velvet sherwani with silver sequin work and silver buttons, black churidar, silver mojris,
    # grey backdrop. Caption (looped to the 50-token limit) and open answers: base zero-shot; closed: engine.
    case(
        "X1662-046",
        caption(
            "a man in a black sherwani with silver buttons and silver buttons and silver buttons and silver buttons"
            " and silver buttons and silver buttons and silver buttons and silver buttons and silver buttons and"
            " silver buttons and silver",
            "loop",
            hit_limit=True,
        ),
        wearing("a black sherwani"),
        Q.color("black"),
        Q.pattern("embroidered"),
        Q.material("velvet"),
        details("sherwani", "silver sequins on the front"),
        gender="Men",
        title="Sanwara Men Black & Silver Sequinned Velvet Sherwani",
        category="Sherwani",
        color="Black",
    ),
]
