"""BLIND_712 (46 products; Myntra women's innerwear/activewear, VQA adapter): written blind in the fifty-fourth session.
Measured blind at 253afe2 (the session's ninth rules): 110/135 failures found (81.5%) and 5/181 correct texts flagged
(2.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's innerwear and activewear (sports bras, bras and bralettes, tights, leggings,
capris, track pants and joggers, camisoles and vests, shapewear). Most photos are catalog shots on a white or grey
backdrop with the model wearing the product with other clothes (tights under a sweatshirt, a bra under an open shirt
or cardigan, a camisole with jeans); a few are ghost-mannequin, mannequin-torso or flat-lay shots with no person.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b (8-bit) with the leoreigoto/Data3_V3_BLIP2_VQA LoRA
adapter. Captions are free generation from an empty prompt (50 new tokens); open answers are free generation from
the `Question: ... Answer:` prompt (30 new tokens); closed answers come from enrich's `--engine reference`, which
ranks the candidate values and keeps one, so they never loop or stop short. The adapter was trained without an end
token and on In-shop classes only: it calls sports bras "tank top", reaches for the biggest garment's color, repeats
a color or a phrase until the limit, writes the Question/Answer format back, says "he" now and then, and invents
pockets, zips, lace and closures it cannot see.

Labeling conventions and judgement calls:
- One label per text. Where a text shows several symptoms: leak (the Question/Answer format appears) before loop
  (a unit repeated three or more times) before cut (ends mid-phrase at the limit); a loop of a wrong color is a loop.
- hit_limit=True on every text that ran to its token limit (all loops and cuts, long leaks); never on closed answers.
- other_garment_color: the wrong color is the color of another garment worn in the photo, even when the product has
  trim of that color too (white track pants with black stripes worn with a black top, answered "black").
- contradiction: a misread shade (navy read as black, nude read as white), the color of a prop, mat, mannequin or
  backdrop, a wrong garment type, or a pattern or sleeve length that belongs to another garment or to none.
- Garment type: a camisole or an innerwear vest called "tank top", tights called "leggings", joggers called
  "sweatpants", and a thigh-shaper called "shorts" are correct; a sports bra called "tank top", capris called
  "shorts", tights called "track pants" are contradictions.
- Shades: Grey Melange = grey/heather grey; Nude/Skin = beige/nude/skin; Burgundy = maroon/wine red; Peach = peach,
  pink or coral; Maroon = red; Teal = teal/turquoise; Lavender = purple/light purple. All correct.
- Packs: a closed color naming one of the pack's colors is correct.
- No person in the photo (mannequin, flat lay): an answer to "What is ... wearing?" that describes the garment alone
  is correct; one that invents a woman or a person wearing it is unsupported.
- Material: correct when the title names it or the photo plainly shows it (lace, seamless knit, satin sheen); a fiber
  named from nothing (cotton, mesh, microfiber, nylon, silk) is unsupported.
- Details nobody can see (a back cutout in a front view, a key pocket under a sweatshirt) are unsupported.
- non_answer: a single word, a yes/no, or the garment's name alone to an open describe/details question.
  restated: the answer turns the question back into a sentence ("the track pants details are the track pants
  details"). A one-word color to an open color question is a correct answer.
- pronoun: "he"/"his" for the woman model (every model in this set is a woman, also on the row without gender).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

straps = question("straps", "What kind of straps does the bra have?", "open")

BLIND_712 = [
    # photo: woman in a black non-padded racerback sports bra (white "ENAMOR" print on the underband) and black
    # high-waist leggings, hands on hips, white backdrop, front view. All texts: VQA adapter (closed via reference).
    case(
        "X712-001",
        caption("a woman in a black sports bra and black leggings posing against a white background"),
        wearing("a black sports bra and black leggings", who="she"),
        Q.garment_type("sports bra"),
        color_of("sports bra", "black"),
        Q.pattern("striped", "contradiction"),
        describe(
            "sports bra",
            "black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        details("sports bra", "racerback straps and a wide elastic band under the bust with the brand name in white"),
        Q.material("mesh", "unsupported"),
        title="Enamor Black Non-Padded Racerback Sports Bra SB06",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a pink scoop-neck sports bra with a white swoosh on the chest and black tights, ponytail, hands
    # on hips, looking to the side, three-quarter view, white backdrop. All texts: VQA adapter.
    case(
        "X712-002",
        caption(
            "a woman in a pink sports bra and black leggings standing in front of a white wall with her hands on"
            " her hips and her hair tied back in a ponytail and she is looking to the side with a",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a pink sports bra and black leggings", "pronoun", who="she"),
        color_of("sports bra", "black", "other_garment_color", kind="open"),
        Q.color("pink"),
        is_a("sports bra", "yes"),
        details("sports bra", "a white nike logo on the front and a scoop neckline"),
        Q.sleeve_length("sleeveless"),
        title="Nike Women Pink Pro Classic Sports Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in navy blue track pants with white side piping, drawstring waist and side slip pockets, a plain
    # white t-shirt and white sneakers, grey backdrop, front view. All texts: VQA adapter.
    case(
        "X712-003",
        caption("a woman in a white t-shirt and blue track pants standing in front of a grey wall"),
        wearing("a white t-shirt and navy blue pants", who="the woman"),
        color_of("track pants", "navy blue"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        details(
            "track pants", "white piping down the sides, an elastic waistband with a drawstring and two side pockets"
        ),
        describe("track pants", "navy track pants with a zip fly and a back pocket with a button", "unsupported"),
        is_a("pair of track pants", "yes"),
        Q.pattern("solid"),
        Q.garment_type("leggings", "contradiction"),
        title="Jockey Women Navy Blue Solid Track Pants 1301",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: skin-tone seamless camisole with thin straps on a ghost mannequin, no person, no trims, white backdrop,
    # front view. All texts: VQA adapter.
    case(
        "X712-004",
        caption("a white tank top on a white background", "contradiction"),
        wearing("a beige camisole with thin straps", who="the person"),
        Q.garment_type("camisole"),
        Q.color("beige"),
        describe(
            "camisole",
            "a beige camisole with thin adjustable straps and a lace trim at the neckline and the hem",
            "unsupported",
        ),
        Q.material("seamless stretch fabric"),
        title="Amante Nude Seamless Camisole CMS01",
        category="Camisoles",
        color="Nude",
        gender="Women",
    ),
    # photo: woman in black high-waist thigh-length shaping shorts (plain elastic top, no closures) with a white
    # t-shirt bra, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-005",
        caption("a woman in a white bra and black shorts"),
        wearing("a white bra and black high waisted shorts", who="she"),
        color_of("shapewear", "white", "other_garment_color"),
        Q.garment_type("shorts"),
        details(
            "shapewear",
            "a high waist with a silicone grip at the top and a hook and eye closure at the front",
            "unsupported",
        ),
        describe("shapewear", "black high waisted shaping shorts that come down to the middle of the thigh"),
        Q.pattern("solid"),
        title="Clovia Black High-Waist Thigh Shaper Shapewear SW0023",
        category="Shapewear",
        color="Black",
        gender="Women",
    ),
    # photo: woman in black training tights with a pink geometric print down the legs, a black sports bra and an open
    # grey zip jacket, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-006",
        caption("a woman in a grey jacket and black and pink leggings"),
        wearing("a grey jacket, a black sports bra and printed leggings", who="she"),
        color_of("tights", "grey", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        describe("tights", "black leggings with a pink geometric print on the legs and a wide waistband"),
        details("tights", "the tights details are the details of the tights", "restated"),
        is_a("pair of leggings", "yes"),
        title="Puma Women Black Printed Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: lavender padded non-wired T-shirt bra with smooth molded cups, a tiny satin bow at the center and thin
    # straps, on a headless mannequin torso, grey backdrop, front view, no person. All texts: VQA adapter.
    case(
        "X712-007",
        caption("a purple bra on a mannequin"),
        wearing("a light purple bra", who="the person"),
        Q.color("purple"),
        color_of(
            "bra",
            "lavender lavender lavender lavender lavender lavender lavender lavender lavender lavender"
            " lavender lavender lavender lavender",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("bra", "molded cups with a lace overlay and a lace trim along the band", "unsupported"),
        is_a("bra", "yes"),
        straps("thin adjustable straps"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Zivame Lavender Padded Non-Wired T-Shirt Bra ZI1107",
        category="Bra",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in black track pants with three white stripes down the side, elastic cuffs, a black t-shirt with a
    # small white logo, zip side pockets, white backdrop, side view. All texts: VQA adapter.
    case(
        "X712-008",
        caption("a woman in a black t-shirt and black pants with white stripes on the side"),
        wearing("a black t-shirt and black track pants with white stripes", who="she"),
        Q.pattern("striped"),
        Q.color("black"),
        color_of("track pants", "white", "contradiction", kind="open"),
        details(
            "track pants",
            "three white stripes down the side, an elastic waist with a drawstring and zip pockets"
            " on both sides and a small white logo on the left thigh and elastic cuffs at the",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes"),
        title="ADIDAS Women Black 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: woman in grey melange capri leggings ending below the knee and a navy blue tank top, white backdrop,
    # front view. All texts: VQA adapter.
    case(
        "X712-009",
        caption("a woman in a blue tank top and grey leggings"),
        wearing("a navy blue tank top and grey capri leggings", who="she"),
        color_of("capris", "navy blue", "other_garment_color"),
        Q.garment_type("leggings"),
        describe("capris", "grey leggings that end just below the knee"),
        details("capris", "grey", "non_answer"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Jockey Women Grey Melange Capris 1390",
        category="Capris",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in a plain white cotton bra (wide straps, small bow at the center) under an open light-blue denim
    # shirt, with blue jeans, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-010",
        caption("a woman wearing a blue shirt and a white bra"),
        wearing("a blue denim shirt, a white bra and jeans", who="she"),
        Q.color("blue", "other_garment_color"),
        color_of("bra", "white"),
        Q.material("cotton"),
        Q.garment_type("shirt", "contradiction"),
        describe(
            "bra",
            "a white bra with a white bra with a white bra with a white bra with a white bra with a white bra with a",
            "loop",
            hit_limit=True,
        ),
        details("bra", "plain white cups with wide straps and a small bow at the center"),
        title="Triumph White Cotton Non-Padded Non-Wired Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: woman in black tights with mesh panels at the calves and a small white logo on the left thigh, and a
    # neon green sports bra, hair in a bun, looking over her shoulder, white backdrop, three-quarter back view.
    # All texts: VQA adapter.
    case(
        "X712-011",
        caption(
            "a woman in a green sports bra and black leggings with mesh on the legs standing with her back to the"
            " camera and looking over her shoulder in front of a white background with her hair in a bun and"
            " white",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a neon green sports bra and black leggings", "pronoun", who="she"),
        color_of("tights", "green", "other_garment_color", kind="open"),
        Q.color("black"),
        details("tights", "mesh panels on the calves and a small white logo on the left thigh"),
        describe(
            "tights", "black leggings with a zip pocket at the back and reflective strips on the ankles", "unsupported"
        ),
        Q.pattern("solid"),
        title="Nike Women Black Pro Mesh Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a maroon satin camisole with lace at the neckline and thin straps, black lounge shorts, white
    # backdrop, front view. All texts: VQA adapter.
    case(
        "X712-012",
        caption("a woman in a red top and black shorts"),
        wearing("Question: what is she wearing? Answer: a red top and black shorts", "leak", who="she"),
        color_of("camisole", "maroon"),
        Q.garment_type("tank top"),
        details("camisole", "lace trim at the neckline and thin straps"),
        Q.material("satin"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="PrettySecrets Maroon Satin Lace-Trim Camisole",
        category="Camisoles",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a skin-colored shaping camisole with a smooth hem tucked into blue jeans, white backdrop,
    # front view. All texts: VQA adapter.
    case(
        "X712-013",
        caption("a woman wearing a beige tank top and blue jeans"),
        wearing("a beige tank top and blue jeans", who="she"),
        color_of("shapewear", "blue", "other_garment_color", kind="open"),
        Q.color("nude"),
        describe(
            "shapewear",
            "a beige tank top that is tight and a tank top that is tight and a tank top that is tight and a tank top",
            "loop",
            hit_limit=True,
        ),
        details("shapewear", "a wide lace band at the bottom to hold it in place", "unsupported"),
        Q.sleeve_length("sleeveless"),
        title="Enamor Skin Shaping Camisole SH01",
        category="Shapewear",
        color="Skin",
        gender="Women",
    ),
    # photo: woman in grey melange jogger track pants with cuffed ankles, drawstring and a small logo on the thigh,
    # a pink hoodie, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-014",
        caption("a woman in a pink hoodie and grey sweatpants"),
        wearing("a pink hoodie and grey jogger pants", who="the woman"),
        color_of("track pants", "pink", "other_garment_color"),
        color_of(
            "pants",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "track pants",
            "cuffed ankles, a drawstring waist and a small puma logo on the thigh and the pink"
            " hoodie hangs loose over the waist with the strings hanging down to the",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of sweatpants", "yes"),
        title="Puma Women Grey Melange Jogger Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: flat lay of two non-padded bras, one black and one white, side by side on a white backdrop, no person.
    # The feed row has no color. All texts: VQA adapter.
    case(
        "X712-015",
        caption("two bras on a white background, one black and one white"),
        Q.color("black"),
        wearing("a woman wearing a black bra and a white bra", "unsupported", who="the person"),
        describe("bras", "a black bra and a white bra with wide straps"),
        is_a("bra", "yes"),
        details("bras", "Question: What are the bras details? Answer: the bras details are", "leak"),
        title="Lady Lyka Pack of 2 Non-Padded Bras",
        category="Bra",
        gender="Women",
    ),
    # photo: woman in a purple sports bra with black straps and a black underband (color block), grey joggers, white
    # backdrop, front view (the back is not visible). All texts: VQA adapter.
    case(
        "X712-016",
        caption("a woman in a purple sports bra and grey sweatpants"),
        wearing("she is wearing a purple and black sports bra with grey pants", who="she"),
        Q.color("grey", "other_garment_color"),
        color_of("sports bra", "purple", kind="open"),
        Q.pattern("color block"),
        describe("sports bra", "a sports bra", "non_answer"),
        straps("black straps that cross over at the back", "unsupported"),
        title="ADIDAS Women Purple Training Sports Bra",
        category="Bra",
        color="Purple",
        gender="Women",
    ),
    # photo: woman in black ankle-length leggings under a long white kurta with a blue floral print, white backdrop,
    # front view. All texts: VQA adapter.
    case(
        "X712-017",
        caption("a woman in a white kurta with blue flowers and black leggings"),
        wearing("a white kurta and black leggings", who="she"),
        color_of("leggings", "white", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        details(
            "leggings",
            "black leggings that go down to the ankles with a smooth stretch finish and a little"
            " gathering at the ankles under a long white kurta with blue flowers and a",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        title="Jockey Women Black Ankle-Length Leggings 1890",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a peach padded wired bra with plain straps under an open grey cardigan, white backdrop, front
    # view. All texts: VQA adapter.
    case(
        "X712-018",
        caption("a woman in a grey cardigan and a pink bra"),
        wearing("a grey sweater and a peach bra", who="she"),
        color_of("bra", "grey", "other_garment_color"),
        details("bra", "molded cups with a thin wire and a lace trim on the straps", "unsupported"),
        describe("bra", "a peach colored bra with padded cups"),
        is_a("bra", "no", "contradiction"),
        title="Wacoal Peach Padded Wired Bra",
        category="Bra",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in teal tights with black side panels and a wide waistband, a white tank top, white backdrop,
    # front view. All texts: VQA adapter.
    case(
        "X712-019",
        caption("a woman in a white tank top and blue leggings"),
        wearing(
            "Question: What is she wearing? Answer: a white tank top and teal leggings Question: What is the"
            " color of the",
            "leak",
            who="she",
            hit_limit=True,
        ),
        color_of("tights", "turquoise", kind="open"),
        Q.color("white", "other_garment_color"),
        details("tights", "black panels down the sides and a wide waistband"),
        describe(
            "tights",
            "the tights are teal the tights are teal the tights are teal the tights are teal the tights",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts", "contradiction"),
        title="HRX by Hrithik Roshan Women Teal Solid Tights",
        category="Tights",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a plain red cotton camisole with a scoop neck and black trousers, white backdrop, front view.
    # All texts: VQA adapter.
    case(
        "X712-020",
        caption("a woman wearing a red tank top and black pants standing against a white wall"),
        wearing("a red camisole and black trousers", who="she"),
        color_of("camisole", "black", "other_garment_color", kind="open"),
        Q.material("cotton"),
        describe("camisole", "he is wearing a red camisole with thin straps and a scoop neck", "pronoun"),
        Q.garment_type("camisole"),
        Q.pattern("striped", "contradiction"),
        title="Clovia Red Cotton Camisole CM0012",
        category="Camisoles",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a navy blue high-neck sports bra with a white elastic band printed with repeated swoosh logos,
    # navy tights, blue-grey backdrop, front view. All texts: VQA adapter.
    case(
        "X712-021",
        caption("a woman in a blue sports bra and blue leggings"),
        wearing("a navy blue sports bra and navy leggings", who="she"),
        Q.color("black", "contradiction"),
        color_of("sports bra", "dark blue", kind="open"),
        details("sports bra", "a white elastic band with the nike logo repeated around it"),
        is_a("sports bra", "no", "contradiction"),
        Q.material("cotton", "unsupported"),
        title="Nike Women Navy Blue Swoosh Sports Bra",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a white cotton innerwear vest (round neck, wide shoulder straps, no pockets or buttons) with
    # blue jeans, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-022",
        caption("a woman in a white tank top and blue jeans"),
        wearing("a white tank top and jeans", who="she"),
        color_of("vest", "blue", "other_garment_color"),
        Q.garment_type("tank top"),
        Q.pattern("striped", "contradiction"),
        describe("vest", "a white tank top with a round neck and wide shoulder straps"),
        details("vest", "a small pocket on the chest and a button placket", "unsupported"),
        Q.material("cotton"),
        title="Jockey Women White Cotton Tank Top Vest 1487",
        category="Innerwear Vests",
        color="White",
        gender="Women",
    ),
    # photo: woman in olive green joggers with a black sports bra and an open black zip jacket, white backdrop, front
    # view, hands in the jacket pockets, hair down over her shoulders. All texts: VQA adapter.
    case(
        "X712-023",
        caption(
            "a woman in a black jacket and green pants standing on a white background with her hands in the"
            " pockets of her jacket and her hair down over her shoulders and a black sports bra under the jacket"
            " and white",
            "cut",
            hit_limit=True,
        ),
        wearing("a black jacket, a black sports bra and olive green pants", who="she"),
        color_of("track pants", "black", "other_garment_color"),
        color_of("pants", "olive", kind="open"),
        details(
            "track pants",
            "black, black, black, black, black, black, black, black, black, black, black, black, black, black, black",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of track pants", "yes"),
        title="Reebok Women Olive Training Joggers",
        category="Track Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a black lace bralette with scalloped edges and thin straps under an open white shirt, black
    # trousers, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-024",
        caption("a woman in a white shirt and a black lace bra"),
        wearing("Answer: a white shirt and a black bra", "leak", who="she"),
        color_of("bralette", "white", "other_garment_color"),
        Q.material("lace"),
        Q.garment_type("blouse", "contradiction"),
        details("bralette", "scalloped lace edges and thin straps"),
        Q.sleeve_length("sleeveless"),
        title="Amante Black Lace Non-Padded Bralette",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a blue sports bra with an all-over white leaf print and a small logo on the chest, blue band and
    # straps, plain blue tights, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-025",
        caption("a woman in a blue and white printed sports bra and blue leggings"),
        wearing("a blue printed sports bra and matching leggings", who="she"),
        Q.pattern("solid", "contradiction"),
        Q.color("blue"),
        color_of("sports bra", "the color of the sports bra is the color of the sports bra", "restated", kind="open"),
        describe("sports bra", "a blue sports bra with a white leaf print all over it and a puma logo on the chest"),
        details(
            "sports bra",
            "a blue sports bra with white leaves and a blue band and blue straps and a blue sports"
            " bra with white leaves and a wide",
            "cut",
            hit_limit=True,
        ),
        title="Puma Women Blue Printed Sports Bra",
        category="Bra",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in beige high-waist tummy-tucker briefs with a plain top edge (no lace, no boning) and a white
    # tank top, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-026",
        caption("a woman in a white tank top and beige underwear"),
        wearing("a white tank top and beige high waisted briefs", who="she"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shapewear"),
        details("shapewear", "a high waist with a lace trim at the top and boning on the sides", "unsupported"),
        describe("shapewear", "beige", "non_answer"),
        title="Zivame Beige High-Waist Tummy Tucker Shapewear",
        category="Shapewear",
        color="Beige",
        gender="Women",
    ),
    # photo: woman in white track pants with three black stripes down the side and a black crop top, white
    # backdrop, front view. All texts: VQA adapter.
    case(
        "X712-027",
        caption("a woman in a black crop top and white track pants with black stripes"),
        wearing("a black top and white pants", who="she"),
        color_of("track pants", "black", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.pattern("striped"),
        Q.garment_type("leggings", "contradiction"),
        details(
            "track pants",
            "Question: what are the track pants details? Answer: black stripes Question: what are the track pants",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of track pants", "yes"),
        title="ADIDAS Women White Tiro Track Pants",
        category="Track Pants",
        color="White",
        gender="Women",
    ),
    # photo: woman in a grey melange racerback sports bra with wide straps and black running shorts, white backdrop,
    # three-quarter back view showing the racerback. All texts: VQA adapter.
    case(
        "X712-028",
        caption("a woman in a grey sports bra and black shorts"),
        wearing("a grey sports bra and black shorts", who="she"),
        color_of("sports bra", "black", "other_garment_color", kind="open"),
        Q.color("grey"),
        Q.garment_type("tank top", "contradiction"),
        details(
            "sports bra",
            "a sports bra with a sports bra with a sports bra with a sports bra with a sports bra with a sports",
            "loop",
            hit_limit=True,
        ),
        straps("wide straps that meet in a racerback"),
        title="Enamor Grey Melange Non-Wired Sports Bra SB08",
        category="Bra",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in a white cotton camisole with thin straps, a scoop neck and a small logo tag at the left hem,
    # grey melange lounge pants with a drawstring waist, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-029",
        caption("a woman in a white tank top and grey pants"),
        wearing("a white camisole and grey pajama pants", who="she"),
        color_of("camisole", "grey", "other_garment_color"),
        describe("camisole", "camisole", "non_answer"),
        details(
            "camisole",
            "thin straps, a scoop neck and a small jockey label at the hem on the left side and the"
            " grey pants have a drawstring at the waist and the",
            "cut",
            hit_limit=True,
        ),
        is_a("camisole", "yes"),
        Q.sleeve_length("sleeveless"),
        title="Jockey Women White Cotton Camisole 1473",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: woman in a matte pink camisole with white polka dots, adjustable straps and a small pink bow at the
    # neckline, white shorts, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-030",
        caption("a woman wearing a pink and white polka dot top and white shorts"),
        wearing("a pink polka dot tank top and white shorts", who="she"),
        Q.pattern("polka dot"),
        color_of("camisole", "white", "other_garment_color", kind="open"),
        describe("camisole", "describe the camisole, the camisole is a camisole", "restated"),
        details("camisole", "white polka dots, adjustable straps and a pink bow at the neckline"),
        Q.material("silk", "unsupported"),
        title="Clovia Pink Polka Dot Print Camisole",
        category="Camisoles",
        color="Pink",
        gender="Women",
    ),
    # photo: black thigh-length full-body shaper with wide adjustable straps and a deep scoop neck on a ghost
    # mannequin, wide bands at the leg openings, white backdrop, front view, no person. All texts: VQA adapter.
    case(
        "X712-031",
        caption("a black bodysuit on a mannequin on a white background"),
        wearing("a woman in a black swimsuit", "unsupported", who="the person"),
        Q.color("black"),
        Q.garment_type("romper", "contradiction"),
        details("shapewear", "wide adjustable straps and a deep scoop neck"),
        describe(
            "shapewear",
            "a black full body shaper with wide straps and a scoop neck that goes down to the thigh"
            " and has a smooth finish all over the body and a wide band at the",
            "cut",
            hit_limit=True,
        ),
        title="Enamor Black Full Body Shaper SH05",
        category="Shapewear",
        color="Black",
        gender="Women",
    ),
    # photo: woman in purple tights with a black abstract print and a wide black waistband, a black sports bra,
    # white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-032",
        caption("a woman in a black sports bra and purple printed leggings"),
        wearing("a black sports bra and purple leggings", who="she"),
        Q.color("black", "other_garment_color"),
        color_of("tights", "purple and black", kind="open"),
        Q.pattern("printed"),
        Q.garment_type("track pants", "contradiction"),
        details("tights", "he has a purple and black print on the legs and a wide black waistband", "pronoun"),
        is_a("pair of leggings", "yes"),
        title="Reebok Women Purple Printed Tights",
        category="Tights",
        color="Purple",
        gender="Women",
    ),
    # photo: woman in charcoal grey track pants with neon yellow tape down the sides and plain cuffed ankles, a
    # yellow t-shirt, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-033",
        caption("a woman in a yellow t-shirt and grey pants"),
        wearing("a yellow t-shirt and dark grey track pants", who="the woman"),
        color_of("track pants", "yellow", "other_garment_color"),
        details(
            "track pants", "neon yellow tape down the sides, a drawstring waist and zips at the ankles", "unsupported"
        ),
        describe("track pants", "a pair of dark grey track pants with yellow stripes on the side"),
        is_a("pair of jeans", "no"),
        title="HRX by Hrithik Roshan Women Charcoal Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: nude full-coverage minimizer bra (wide side panels, wide straps, small bow) on a white mannequin torso,
    # white backdrop, front view, no person. All texts: VQA adapter.
    case(
        "X712-034",
        caption("a beige bra on a white mannequin"),
        wearing("the person is wearing what the person is wearing", "restated", who="the person"),
        Q.color("white", "contradiction"),
        details("bra", "full coverage cups, wide side panels and wide straps"),
        describe(
            "bra",
            "a nude bra with full cups and a small bow in the middle, a nude bra with full cups and a small bow in the",
            "loop",
            hit_limit=True,
        ),
        Q.material("microfiber", "unsupported"),
        title="Triumph Nude Non-Padded Wired Minimizer Bra",
        category="Bra",
        color="Nude",
        gender="Women",
    ),
    # photo: woman in black leggings with a white logo on the left thigh, the waistband hidden under an oversized
    # white sweatshirt, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-035",
        caption("a woman in a white sweatshirt and black leggings"),
        wearing("a white sweatshirt and black leggings with a white puma logo", who="she"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.garment_type("sweatshirt", "contradiction"),
        details(
            "leggings",
            "a white puma logo on the left thigh and a high waistband with a hidden key pocket inside",
            "unsupported",
        ),
        describe("leggings", "the leggings are the leggings that are described", "restated"),
        title="Puma Women Black Essential Logo Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: woman in black slightly flared yoga pants with a wide waistband and a small logo on the hip, a peach
    # t-shirt, in a yoga pose on a purple mat, white backdrop, side view. All texts: VQA adapter.
    case(
        "X712-036",
        caption("Question: what is the woman doing? Answer: yoga", "leak"),
        wearing("a peach t-shirt and black yoga pants", who="she"),
        color_of("track pants", "purple", "contradiction"),
        details("track pants", "a wide waistband, slightly flared legs and a small logo on the hip"),
        describe("track pants", "black", "non_answer"),
        is_a("pair of pants", "yes"),
        title="Jockey Women Black Yoga Pants 1323",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a black sports bra with white stripes on the straps under an open red zip jacket, black tights
    # and white shoes, white backdrop, front view (the back is not visible). All texts: VQA adapter.
    case(
        "X712-037",
        caption("a woman in a red jacket and black sports bra and black leggings"),
        wearing("a red jacket over a black sports bra and black leggings", who="she"),
        Q.color("red", "other_garment_color"),
        is_a("sports bra", "yes"),
        details("sports bra", "white stripes on the straps and a keyhole cutout at the back", "unsupported"),
        describe(
            "sports bra",
            "a black sports bra with white stripes on the straps and a red jacket over it and black"
            " leggings and white shoes and a white",
            "cut",
            hit_limit=True,
        ),
        title="ADIDAS Women Black Don't Rest Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: woman in light grey melange tights with a small black swoosh on the hip and a black long-sleeve top,
    # white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-038",
        caption("a woman in a black long sleeve top and grey leggings"),
        wearing("a black long sleeve shirt and heather grey leggings", who="she"),
        color_of("tights", "black", "other_garment_color"),
        describe("tights", "white leggings with a small black swoosh on the hip", "contradiction"),
        details("tights", "Question: What are the tights details? Answer:", "leak"),
        Q.material("cotton", "unsupported"),
        title="Nike Women Grey Melange One Tights",
        category="Tights",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in a sea green padded sports bra with wide straps, black tights and black shoes, arms crossed, high
    # ponytail, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-039",
        caption(
            "a woman in a green sports bra and black leggings standing with her arms crossed in front of a white"
            " background and looking at the camera with her hair pulled back into a high ponytail and black shoes"
            " on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a green sports bra and black leggings", who="she"),
        Q.color("green"),
        color_of(
            "sports bra",
            "black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("sports bra", "his sports bra is sea green with wide straps", "pronoun"),
        details("sports bra", "green", "non_answer"),
        is_a("sports bra", "yes"),
        straps("wide straps"),
        title="Clovia Sea Green Padded Non-Wired Sports Bra",
        category="Bra",
        color="Sea Green",
        gender="Women",
    ),
    # photo: woman in a lavender modal camisole under an open white shirt, blue jeans, white backdrop, front view.
    # The feed row has no gender. All texts: VQA adapter.
    case(
        "X712-040",
        caption("a woman wearing a white shirt and a purple top and blue jeans"),
        wearing("a white shirt, a light purple tank top and blue jeans", who="she"),
        color_of("camisole", "white", "other_garment_color"),
        Q.material("modal"),
        describe("camisole", "a purple camisole with thin straps under a white shirt"),
        details("camisole", "he is wearing a purple camisole with a white shirt and blue jeans", "pronoun"),
        title="Amante Women Lavender Modal Camisole",
        category="Camisoles",
        color="Lavender",
    ),
    # photo: woman in navy blue tights with a white stripe printed down each side and a small logo on the hip, a
    # white t-shirt, white backdrop, front view. The feed row has no category. All texts: VQA adapter.
    case(
        "X712-041",
        caption("a woman in a white t-shirt and blue leggings"),
        wearing("a white t-shirt and navy leggings", who="the person"),
        color_of("tights", "black", "contradiction", kind="open"),
        Q.color("navy blue"),
        details("tights", "a white stripe down each side and a puma logo on the hip"),
        describe(
            "tights",
            "the tights are navy blue with a white stripe on the side and a white stripe on the side"
            " and a white stripe on the side and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("leggings"),
        title="Puma Women Navy Blue Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in nude thigh-shaper shorts with silicone grip bands at the leg openings and a high waist, a white
    # t-shirt knotted above the navel (the shaper's waist and flat side seams show), white backdrop, front view.
    # All texts: VQA adapter.
    case(
        "X712-042",
        caption("a woman in a white t-shirt and beige shorts"),
        wearing("a white t-shirt and skin colored shorts", who="she"),
        Q.color("beige"),
        color_of("shapewear", "white", "other_garment_color", kind="open"),
        describe("shapewear", "the shapewear is the shapewear she is wearing", "restated"),
        details(
            "shapewear",
            "silicone grip bands at the leg openings, a high waist that sits just below the bust and"
            " flat seams down the sides that go down to the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        title="Zivame Nude Thigh Shaper Shapewear ZI2345",
        category="Shapewear",
        color="Nude",
        gender="Women",
    ),
    # photo: woman in a coral sports bra with a keyhole cutout at the front and a wide band printed "HRX" in white,
    # grey melange tights, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-043",
        caption("a woman in a coral sports bra and grey leggings"),
        wearing("a grey sports bra and grey leggings", "other_garment_color", who="she"),
        Q.color("peach"),
        details("sports bra", "a keyhole cutout at the front and a wide band with hrx printed in white"),
        describe(
            "sports bra",
            "a coral sports bra a coral sports bra a coral sports bra a coral sports bra a coral sports bra",
            "loop",
            hit_limit=True,
        ),
        is_a("sports bra", "yes"),
        Q.material("nylon", "unsupported"),
        title="HRX Women Coral Sports Bra",
        category="Bra",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in burgundy track pants with a white drawstring and a white hoodie with a black graphic print on
    # the chest, white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-044",
        caption("Question: what is the person wearing? Answer: a white hoodie and red pants", "leak"),
        wearing("a white hoodie and maroon pants", who="she"),
        color_of("track pants", "maroon"),
        color_of("pants", "wine red", kind="open"),
        Q.pattern("graphic", "contradiction"),
        details("track pants", "the track pants details are the track pants details", "restated"),
        is_a("pair of track pants", "yes"),
        title="Jockey Women Burgundy Track Pants 1301",
        category="Track Pants",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in a plain matte black camisole (scoop neck, thin straps, flat hem) with white palazzo pants,
    # white backdrop, front view. All texts: VQA adapter.
    case(
        "X712-045",
        caption("a woman in a black tank top and white wide leg pants"),
        wearing("a black tank top and white palazzo pants", who="she"),
        Q.color("white", "other_garment_color"),
        describe("camisole", "yes", "non_answer"),
        details("camisole", "a scoop neck, thin straps and a flat hem with no trims"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin", "unsupported"),
        title="Enamor Women Black Antimicrobial Camisole A032",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay of two sports bras, one black and one grey, each with a small reebok logo on the front, white
    # backdrop, no person. All texts: VQA adapter.
    case(
        "X712-046",
        caption("two sports bras, one black and one grey, laid flat on a white background"),
        wearing("she is wearing a black sports bra", "unsupported", who="she"),
        Q.color("grey"),
        is_a("sports bra", "yes"),
        describe("sports bras", "a black sports bra and a grey sports bra with reebok logos on the front"),
        details(
            "sports bras",
            "Question: what are the sports bras details? Answer: a black sports bra Question: what are the sports",
            "leak",
            hit_limit=True,
        ),
        title="Reebok Women Pack of 2 Sports Bras",
        category="Bra",
        color="Multi",
        gender="Women",
    ),
]
