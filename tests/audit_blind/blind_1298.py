"""BLIND_1298 (45 products; Myntra kids' sleepwear, rompers and night suits, base zero-shot, pronoun questions): written
blind in the sixty-third session. Measured blind at be4df7e (the session's first rules): 39/72 failures found (54.2%)
and 49/243 correct texts flagged (20.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of unisex kids' sleepwear: night suits (top and pyjamas or shorts), rompers, sleepsuits,
nightdresses, a few pyjama bottoms and one robe, modelled by toddlers and children on plain backdrops, with a few flat
lays (packs), back views and props (plush toys, a basket, a pillow, a Christmas tree). Columns as the feed has them:
title, category (Myntra's article type), color (base colour), gender (Boys, Girls or Unisex); one row lacks gender,
one lacks color, one lacks category. The job asks the person question with a pronoun taken from the gender column:
"What is he wearing?" for Boys rows, "What is she wearing?" for Girls rows and, by the job's default, for Unisex rows
too, so a boy modelling a unisex set is asked about "she". Besides that, a varying subset of: the garment type, color,
pattern and sleeve length questions (the blind makers), "What is the color of the top / pyjamas / shorts?", "Describe
the <category noun>.", "What are the <noun> details?", "Is this a ...?" and the material question.
Who wrote what: every text (caption and answers) is BLIP-2 OPT-2.7b base, zero-shot, no adapter, greedy, 50 new
tokens for the caption and 30 for answers, `Question: ... Answer:` prompts. The base mostly answers short and stops on
its own; it runs long only on describe/details prompts, where it sometimes loops or is cut at 30 tokens.
Labeling conventions and judgement calls:
- Judged by the photo I imagined (written above each case) and the title. A text that is true of the photo but
  names only something that is not the product (the cap, the plain tee worn with pyjama bottoms) is marked
  contradiction when it is given as the garment (type, or the whole answer to "what is he wearing"), and
  other_garment_color when it is that other garment's color given for the product or for one part of a set.
- For a set, the top's color given for the pyjamas/shorts (or the reverse) is other_garment_color; a color from a
  print, a prop or the backdrop given as the garment's color is contradiction.
- Near hues are not marked: pink for peach, blue for teal or navy, red for maroon, yellow for mustard, white for
  cream/off white, black for charcoal, purple for lavender. For a Multi pack, naming the color of one piece is correct.
- Wrong sleeve length, pattern or garment kind against the photo/title: contradiction. "short" for sleeveless is
  marked (the base says it often).
- Material: wrong against a fabric the title names = contradiction; a fabric invented where the title names none and
  the photo shows plain knit = unsupported; "cotton" where the title is silent and the photo shows cotton knit is
  left correct.
- Invented details (pockets, buttons, hood, zip, a bed, coffee in a cup) = unsupported.
- pronoun: a gendered word (he/she, boy/girl) wrong for the child in the photo, whatever the gender column says (so
  some are on Unisex rows). "baby boy/girl" on a baby with no visible cue is not marked; none appear here anyway.
  Echoing the question's "she" about a boy is marked pronoun.
- non_answer: "nothing" to "what is she wearing" on a flat lay; only the garment's name back ("pajamas", "a onesie",
  "nightgown") to "describe"/"details"; a color given to the pattern question. A terse but informative word
  ("lace", "drawstring", "camouflage", "pockets") is left correct. restated: "it is a night suit", "the romper is a
  romper", "they are lounge pants", "a night suit for kids", answers that only turn the question or title around.
- The base echoes the question's "she" about the boy in four of the five Unisex rows modelled by boys; each echo is
  marked pronoun (the fifth answered without a pronoun and is correct).
- hit_limit only on the texts that ran to 30 (answers) tokens; no caption ran to 50.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1298 = [
    # 001 truth: boy ~6, short hair, navy half-sleeve tee with grey rocket-and-stars print, grey melange full-length
    # pyjamas with navy cuffs, white backdrop. Unisex row, so the job asked "she". All texts: base zero-shot.
    case(
        "X1298-001",
        caption("a young boy wearing a navy blue t - shirt and grey pants"),
        wearing("she is wearing pajamas", "pronoun", who="she"),
        Q.garment_type("pajamas"),
        Q.color("navy blue"),
        Q.pattern("stars"),
        color_of("pyjamas", "navy blue", "other_garment_color", kind="open"),
        Q.sleeve_length("short"),
        title="YK Unisex Kids Navy Blue & Grey Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Unisex",
    ),
    # 002 truth: girl with pigtails, pink full-sleeve top with white unicorn print, pink-and-white striped pyjamas,
    # white socks, white backdrop. Base zero-shot for all.
    case(
        "X1298-002",
        caption("a little girl in pink pajamas with unicorns on them"),
        wearing("pink pajamas", who="she"),
        Q.garment_type("pajamas"),
        Q.color("pink"),
        Q.pattern("unicorn"),
        Q.sleeve_length("short", "contradiction"),
        describe("night suit", "it is a night suit", "restated"),
        title="Sweet Dreams Girls Pink Unicorn Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # 003 truth: flat lay, no child: white footed sleepsuit with small grey elephant print, press studs down the front,
    # fold-over mitten cuffs. Base zero-shot for all.
    case(
        "X1298-003",
        caption("a white baby onesie with elephants on it"),
        wearing("nothing", "non_answer", who="she"),
        Q.garment_type("onesie"),
        Q.color("white"),
        Q.pattern("elephants"),
        Q.material("cotton"),
        details("sleepsuit", "it has a hood and a zipper", "unsupported"),
        title="Mothercare Infant Unisex White Elephant Printed Pure Cotton Sleepsuit",
        category="Sleepsuit",
        color="White",
        gender="Unisex",
    ),
    # 004 truth: boy, light blue half-sleeve tee with green dinosaurs, navy pyjama pants with small dino print,
    # holding a green plush dinosaur, white backdrop. Base zero-shot for all.
    case(
        "X1298-004",
        caption("a young boy holding a stuffed dinosaur"),
        wearing("a blue shirt and blue pants", who="he"),
        Q.garment_type("pajamas"),
        Q.color("green", "contradiction"),
        Q.pattern("dinosaurs"),
        is_a("romper", "no"),
        color_of("top", "blue", kind="open"),
        title="Nap Chief Boys Blue Dinosaur Printed Pyjama Set",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # 005 truth: girl, lavender satin knee-length sleeveless nightdress with white lace trim at the neckline, grey
    # backdrop. Base zero-shot for all.
    case(
        "X1298-005",
        caption("a little girl in a purple dress standing in front of a gray wall"),
        wearing("a purple nightgown", who="she"),
        Q.garment_type("dress"),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        details("nightdress", "lace"),
        title="Hopscotch Girls Lavender Solid Satin Nightdress with Lace Detail",
        category="Nightdress",
        color="Lavender",
        gender="Girls",
    ),
    # 006 truth: toddler (no visible gender cue) sitting on a white floor in a short-sleeved yellow-and-white
    # horizontally striped shorts-length romper with snaps. Base zero-shot for all.
    case(
        "X1298-006",
        caption("a baby sitting on the floor in a yellow and white striped outfit"),
        wearing("a romper", who="she"),
        Q.garment_type("romper"),
        Q.color("yellow"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        is_a("romper", "yes"),
        title="Babyhug Unisex Kids Yellow & White Striped Pure Cotton Romper",
        category="Rompers",
        color="Yellow",
        gender="Unisex",
    ),
    # 007 truth: boy cropped at the chest, wearing the product (grey melange pyjama bottoms with a drawstring) with a
    # plain white tee that is not for sale. Base zero-shot for all.
    case(
        "X1298-007",
        caption("a boy in a white t - shirt and grey pants"),
        wearing("grey pants and a white shirt", who="he"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        color_of("pyjamas", "grey", kind="open"),
        details("pyjamas", "drawstring"),
        Q.material("cotton"),
        title="Marks & Spencer Boys Grey Melange Solid Pure Cotton Pyjamas",
        category="Pyjamas",
        color="Grey Melange",
        gender="Boys",
    ),
    # 008 truth: girl with shoulder-length hair, peach full-sleeve button-front top with small white flowers, matching
    # peach floral pyjamas, white backdrop. Base zero-shot for all.
    case(
        "X1298-008",
        caption("a little boy in pink pajamas", "pronoun"),
        wearing("pajamas", who="she"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        describe("night suit", "a pink pajama set with white flowers and buttons down the front"),
        title="Lil Lollipop Girls Peach Floral Print Night Suit",
        category="Night suits",
        color="Peach",
        gender="Girls",
    ),
    # 009 truth: flat lay of two sets: mint green tee and shorts with white clouds; white tee and shorts with mint and
    # yellow stars. Both tees are pullovers (no buttons). Base zero-shot; the person answer ran on into the prompt
    # format.
    case(
        "X1298-009",
        caption("two pairs of pajamas with clouds and stars"),
        wearing("pajamas Question: What is the color of the pajamas? Answer: green", "leak", who="she"),
        Q.garment_type("pajamas"),
        Q.color("green"),
        is_a("night suit", "yes"),
        color_of("shorts", "white", kind="open"),
        details("night suit", "the pajamas have a button down shirt and shorts", "unsupported"),
        title="Kuchipoo Unisex Kids Pack of 2 Printed Night Suits",
        category="Night suits",
        color="Multi",
        gender="Unisex",
    ),
    # 010 truth: girl holding an empty white mug, red-and-navy checked flannel shirt with collar and white piping, long
    # sleeves, matching checked pyjamas, white backdrop. Base zero-shot for all.
    case(
        "X1298-010",
        caption("a little girl in red plaid pajamas holding a cup of coffee", "unsupported"),
        wearing("plaid pajamas", who="she"),
        Q.color("red"),
        Q.pattern("plaid"),
        Q.material("flannel"),
        Q.sleeve_length("short", "contradiction"),
        color_of("pyjamas", "red", kind="open"),
        title="Cutecumber Girls Red & Navy Checked Flannel Night Suit",
        category="Night suits",
        color="Red",
        gender="Girls",
    ),
    # 011 truth: boy, black long-sleeve tee with a yellow bat logo, black pyjama bottoms with a small grey bat print,
    # cuffed ankles, light grey backdrop. Base zero-shot; the describe answer looped to the 30-token limit.
    case(
        "X1298-011",
        caption("a young boy wearing a batman shirt and black pants"),
        wearing("batman pajamas", who="he"),
        Q.garment_type("pajamas"),
        Q.color("black"),
        Q.pattern("batman"),
        Q.sleeve_length("short", "contradiction"),
        describe(
            "night suit",
            "a black t - shirt with a yellow batman logo on the front and black pants with a batman logo on the front "
            "and black pants with a batman logo on the",
            "loop",
            hit_limit=True,
        ),
        title="H&M Boys Black Batman Print Pyjama Set",
        category="Night suits",
        color="Black",
        gender="Boys",
    ),
    # 012 truth: baby (no cue) lying on a white sheet in a white sleeveless romper with a small all-over blue car
    # print and blue trim; the pack's other two rompers are not in the shot. Base zero-shot for all.
    case(
        "X1298-012",
        caption("a baby laying on a bed in a white onesie"),
        wearing("a onesie", who="she"),
        Q.garment_type("onesie"),
        Q.color("white"),
        Q.pattern("polka dots", "contradiction"),
        Q.sleeve_length("short", "contradiction"),
        details("romper", "a onesie", "non_answer"),
        title="Moms Love Unisex Infant White & Blue Pack of 3 Sleeveless Rompers",
        category="Rompers",
        color="White",
        gender="Unisex",
    ),
    # 013 truth: girl, teal 3/4-sleeve top with a white bunny print, teal-and-white polka dot capri pyjamas, white
    # backdrop. Base zero-shot for all.
    case(
        "X1298-013",
        caption("a little girl in a blue and white pajama set"),
        wearing("she is wearing a blue pajama set", who="she"),
        Q.color("blue"),
        Q.pattern("polka dots"),
        color_of("top", "blue", kind="open"),
        details("top", "the top has a bunny on it"),
        details("pyjamas", "they are pajamas", "restated"),
        Q.material("cotton"),
        title="Nite Flite Girls Teal Blue Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Teal",
        gender="Girls",
    ),
    # 014 truth: toddler boy with short hair, mustard full-sleeve full-length hooded romper with bear ears on the
    # hood, zip front, white sneakers. Unisex row: asked "she". Base zero-shot for all.
    case(
        "X1298-014",
        caption("a little boy in a yellow bear costume"),
        wearing("she is wearing a yellow bear costume", "pronoun", who="she"),
        Q.garment_type("jumpsuit"),
        Q.color("yellow"),
        Q.sleeve_length("long"),
        is_a("romper", "no", "contradiction"),
        details("romper", "it has a hood with ears and a zipper"),
        title="Superminis Unisex Kids Mustard Solid Hooded Romper with Bear Ears",
        category="Rompers",
        color="Mustard",
        gender="Unisex",
    ),
    # 015 truth: back view of a girl with her hair in a bun: navy half-sleeve tee (plain at the back; the pink star
    # print is on the front), pink pyjamas with navy stars all over. Base zero-shot for all.
    case(
        "X1298-015",
        caption("the back of a little girl wearing a blue shirt and pink pants"),
        wearing("pink pants", who="she"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short"),
        color_of("pants", "pink", kind="open"),
        title="Zeyo Girls Navy Blue & Pink Star Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Girls",
    ),
    # 016 truth: boy, olive camouflage-print half-sleeve tee and matching camo shorts, beige backdrop. Base zero-shot.
    case(
        "X1298-016",
        caption("a young boy in a camouflage outfit"),
        wearing("camouflage", who="he"),
        Q.garment_type("army uniform", "contradiction"),
        Q.color("green"),
        Q.pattern("camouflage"),
        Q.sleeve_length("short"),
        describe("night suit", "camouflage"),
        title="Mackly Boys Olive Green Camouflage Print Cotton Night Suit",
        category="Night suits",
        color="Olive",
        gender="Boys",
    ),
    # 017 truth: girl with two ponytails, grey melange tee with a Mickey face print, red pyjamas with white polka
    # dots, white backdrop. Base zero-shot for all.
    case(
        "X1298-017",
        caption("a little girl wearing a mickey mouse shirt and red pants"),
        wearing("mickey mouse pajamas", who="she"),
        Q.color("grey"),
        color_of("top", "red", "other_garment_color", kind="open"),
        Q.pattern("polka dots"),
        is_a("night suit", "yes"),
        details("top", "mickey mouse"),
        title="Toonyport Unisex Kids Grey & Red Mickey Mouse Printed Night Suit",
        category="Night suits",
        color="Grey",
        gender="Unisex",
    ),
    # 018 truth: boy, white-and-blue vertically striped button-front long-sleeve shirt with navy piping and no pocket,
    # matching pyjamas, a brown teddy bear on the floor beside him. Base zero-shot for all.
    case(
        "X1298-018",
        caption("a young boy in striped pajamas with a teddy bear"),
        wearing("pajamas", who="he"),
        Q.color("brown", "contradiction"),
        Q.pattern("stripes"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        describe("night suit", "striped pajamas with buttons down the front and a pocket on the chest", "unsupported"),
        title="Gini and Jony Boys White & Blue Striped Pure Cotton Pyjama Set",
        category="Night suits",
        color="White",
        gender="Boys",
    ),
    # 019 truth: baby (no cue) lying on a grey blanket, pale sky-blue (clearly blue, not white) footed sleepsuit with
    # white clouds and a front zip.
    # Base zero-shot for all.
    case(
        "X1298-019",
        caption("a baby laying on a blanket in a blue onesie"),
        wearing("a onesie", who="she"),
        Q.garment_type("pajamas"),
        Q.color("white", "contradiction"),
        Q.pattern("clouds"),
        is_a("sleepsuit", "yes"),
        details("sleepsuit", "the onesie has a zipper and feet"),
        title="Chicco Infant Unisex Blue Cloud Printed Footed Sleepsuit",
        category="Sleepsuit",
        color="Blue",
        gender="Unisex",
    ),
    # 020 truth: flat lay of two pyjama bottoms only: pink with white hearts, grey melange solid; elastic waists.
    # Base zero-shot for all.
    case(
        "X1298-020",
        caption("two pairs of pajama pants, one pink and one grey"),
        wearing("pink pajama pants", who="she"),
        Q.garment_type("pants"),
        Q.color("pink"),
        Q.pattern("hearts"),
        is_a("pajama set", "yes", "contradiction"),
        details("pyjamas", "elastic waistband"),
        title="Bodycare Kids Girls Pack of 2 Pink & Grey Pyjamas",
        category="Pyjamas",
        color="Pink",
        gender="Girls",
    ),
    # 021 truth: boy with curly hair, navy fleece all-in-one with front zip and a hood, small rocket patches on the
    # hood and chest, white socks. Unisex row: asked "she". Base zero-shot; the describe answer was cut at 30 tokens.
    case(
        "X1298-021",
        caption("a young boy in a blue onesie with rockets on it"),
        wearing("she is wearing a onesie", "pronoun", who="she"),
        Q.garment_type("onesie"),
        Q.color("blue"),
        Q.pattern("blue", "non_answer"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("long"),
        describe(
            "sleepsuit",
            "a navy blue onesie with a hood and a zipper down the front and rocket patches on the hood and on the "
            "front of the",
            "cut",
            hit_limit=True,
        ),
        title="Marks & Spencer Unisex Kids Navy Blue Space Print Fleece Hooded Sleepsuit",
        category="Sleepsuit",
        color="Navy Blue",
        gender="Unisex",
    ),
    # 022 truth: girl standing on a plain white backdrop holding a white pillow, yellow short-sleeve knee-length
    # nightdress with a sunflower print and a frilled hem. No bed. Base zero-shot for all.
    case(
        "X1298-022",
        caption("a little girl in a yellow dress holding a pillow on a bed", "unsupported"),
        wearing("she is wearing a dress and holding a pillow", who="she"),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.pattern("sunflowers"),
        Q.sleeve_length("short"),
        details("nightdress", "it has a ruffled hem"),
        title="Hopscotch Girls Yellow Sunflower Print Cotton Nightdress",
        category="Nightdress",
        color="Yellow",
        gender="Girls",
    ),
    # 023 truth: boy, red half-sleeve tee with a Spider-Man graphic, navy shorts with a red web print, light blue
    # backdrop. Base zero-shot for all.
    case(
        "X1298-023",
        caption("a young boy wearing a spiderman shirt and shorts"),
        wearing("spiderman shirt and shorts", who="he"),
        Q.color("red"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        Q.pattern("spiderman"),
        is_a("night suit", "no", "contradiction"),
        title="YK Boys Red & Navy Blue Spider-Man Printed Night Suit",
        category="Night suits",
        color="Red",
        gender="Boys",
    ),
    # 024 truth: baby (no cue) sitting in a wicker basket, off white long-sleeve footless romper that opens with
    # wooden-look buttons (no zip), and a brown knitted cap (a prop, not sold). Base zero-shot for all.
    case(
        "X1298-024",
        caption("a baby sitting in a basket wearing a hat"),
        wearing("a hat", "contradiction", who="she"),
        Q.garment_type("romper"),
        Q.color("white"),
        color_of("romper", "brown", "other_garment_color", kind="open"),
        Q.material("cotton"),
        Q.sleeve_length("long"),
        details("romper", "it has a zipper", "unsupported"),
        title="Kidbea Unisex Infant Off White Organic Cotton Full Sleeve Romper",
        category="Rompers",
        color="Off White",
        gender="Unisex",
    ),
    # 025 truth: girl with long hair, light blue long-sleeve tee with a mermaid and the word "Dream", blue pyjamas
    # with a scale print, white backdrop. Base zero-shot for all.
    case(
        "X1298-025",
        caption("a little girl wearing a blue shirt with a mermaid on it"),
        wearing("a mermaid shirt", who="she"),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        Q.pattern("mermaid"),
        describe("night suit", "a blue t - shirt with a mermaid on it and the word dream"),
        details("pyjamas", "pajamas", "non_answer"),
        title="Nap Chief Girls Blue Mermaid Printed Pyjama Set",
        category="Night suits",
        color="Blue",
        gender="Girls",
    ),
    # 026 truth: boy in the product, charcoal jogger-style lounge pants with side pockets and ribbed cuffs, worn with
    # a white printed tee (not sold) and blue slides. Base zero-shot for all.
    case(
        "X1298-026",
        caption("a boy standing in front of a white wall"),
        wearing("a white shirt and black pants", who="he"),
        Q.garment_type("pants"),
        Q.color("white", "other_garment_color"),
        color_of("pants", "black", kind="open"),
        details("pants", "pockets"),
        describe("pants", "they are lounge pants", "restated"),
        title="Jockey Boys Charcoal Solid Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
        gender="Boys",
    ),
    # 027 truth: toddler girl with a pink hair clip, green full-length footed sleepsuit with a dinosaur print and a
    # zip. Unisex row. Base zero-shot for all.
    case(
        "X1298-027",
        caption("a little boy in green dinosaur pajamas", "pronoun"),
        wearing("dinosaur pajamas", who="she"),
        Q.garment_type("pajamas"),
        Q.color("green"),
        Q.pattern("dinosaurs"),
        Q.sleeve_length("short", "contradiction"),
        title="Mothercare Unisex Kids Green Dinosaur Print Sleepsuit",
        category="Sleepsuit",
        color="Green",
        gender="Unisex",
    ),
    # 028 truth: flat lay of two short-sleeve jersey nightdresses: light pink with a white Minnie Mouse print, and
    # white with pink stripes. Base zero-shot for all.
    case(
        "X1298-028",
        caption("two nightgowns with minnie mouse on them"),
        wearing("a pink nightgown", who="she"),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        details("nightdress", "minnie mouse"),
        describe("nightdress", "nightgown", "non_answer"),
        title="H&M Girls Pink & White 2-Pack Jersey Nightdresses",
        category="Nightdress",
        color="Pink",
        gender="Girls",
    ),
    # 029 truth: boy, grey melange half-sleeve tee with a blue shark print, navy shorts with an elastic waist and no
    # pockets, white backdrop. Base zero-shot for all.
    case(
        "X1298-029",
        caption("a little boy in a grey shirt and blue shorts with a shark on it"),
        wearing("he is wearing a shark shirt", who="he"),
        Q.color("grey"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        Q.pattern("sharks"),
        Q.sleeve_length("short"),
        describe("night suit", "a grey t - shirt with a shark on it"),
        details("shorts", "the shorts have pockets", "unsupported"),
        title="Hopscotch Boys Grey Melange & Navy Shark Print Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Boys",
    ),
    # 030 truth: girl ~10, maroon satin long-sleeve notch-collar shirt with white piping on collar and cuffs, matching
    # pyjamas, white backdrop. Base zero-shot for all.
    case(
        "X1298-030",
        caption("a girl in red silk pajamas"),
        wearing("pajamas", who="she"),
        Q.color("red"),
        Q.material("satin"),
        Q.sleeve_length("long"),
        details("night suit", "white piping on the collar and cuffs"),
        is_a("night suit", "yes"),
        title="Nite Flite Girls Maroon Satin Night Suit with Contrast Piping",
        category="Night suits",
        color="Maroon",
        gender="Girls",
    ),
    # 031 truth: flat lay of three sleeveless rompers: white with a lion print, yellow solid, grey melange with thin
    # stripes. Base zero-shot for all.
    case(
        "X1298-031",
        caption("three baby onesies laid out on a white surface"),
        wearing("baby clothes", who="she"),
        Q.garment_type("onesie"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        is_a("romper", "yes"),
        details("romper", "the romper is a romper", "restated"),
        title="Babyhug Unisex Infant Pack of 3 Sleeveless Cotton Rompers",
        category="Rompers",
        color="Multi",
        gender="Unisex",
    ),
    # 032 truth: waist-down crop: navy knit pyjama bottoms with a small embroidered logo on the left thigh, the hem of
    # a light grey tee, white socks. Base zero-shot for all.
    case(
        "X1298-032",
        caption("a pair of navy blue pants with a logo on the side"),
        wearing("pants", who="he"),
        Q.garment_type("pants"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        details("pyjamas", "they have a logo on the leg"),
        Q.material("denim", "unsupported"),
        title="U.S. Polo Assn. Kids Boys Navy Blue Solid Pyjamas",
        category="Pyjamas",
        color="Navy Blue",
        gender="Boys",
    ),
    # 033 truth: girl, lavender 3/4-sleeve top with a rainbow-and-clouds print, lavender pyjamas with clouds, white
    # backdrop. Base zero-shot; the describe answer looped to the 30-token limit.
    case(
        "X1298-033",
        caption("a little girl in purple pajamas with rainbows on them"),
        wearing("pajamas", who="she"),
        Q.color("purple"),
        Q.pattern("rainbows"),
        Q.sleeve_length("short", "contradiction"),
        describe(
            "night suit",
            "a purple pajama set with rainbows and clouds on it and a purple pajama set with rainbows and clouds on "
            "it and a purple pajama set with",
            "loop",
            hit_limit=True,
        ),
        title="Kidbea Girls Lavender Rainbow Print Bamboo Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # 034 truth: boy, teal-and-white horizontally striped half-sleeve tee, solid teal shorts, white backdrop. Unisex
    # row: asked "she". Base zero-shot for all.
    case(
        "X1298-034",
        caption("a boy in a green and white striped shirt and green shorts"),
        wearing("she is wearing a striped shirt and shorts", "pronoun", who="she"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("green"),
        Q.pattern("stripes"),
        Q.sleeve_length("short"),
        color_of("shorts", "green", kind="open"),
        title="Zeyo Unisex Kids Teal Green & White Striped Night Suit",
        category="Night suits",
        color="Teal",
        gender="Unisex",
    ),
    # 035 truth: girl sitting on a white stool, white knee-length nightdress with pink polka dots, puff short sleeves,
    # a pink bow at the neckline. Base zero-shot for all.
    case(
        "X1298-035",
        caption("a little girl sitting on a stool in a white and pink polka dot dress"),
        wearing("a polka dot dress", who="she"),
        Q.garment_type("dress"),
        Q.color("pink", "contradiction"),
        Q.pattern("polka dots"),
        details("nightdress", "a bow"),
        Q.sleeve_length("short"),
        title="Cutecumber Girls White & Pink Polka Dot Cotton Nightdress",
        category="Nightdress",
        color="White",
        gender="Girls",
    ),
    # 036 truth: girl in a pink fleece hooded robe with bunny ears on the hood and a tie belt, pink slippers, white
    # backdrop. The row has no gender. Base zero-shot; with no gender the job fell back to "the person".
    case(
        "X1298-036",
        caption("a little girl in a pink bathrobe with bunny ears"),
        wearing("a bathrobe"),
        Q.garment_type("robe"),
        Q.color("pink"),
        Q.material("fleece"),
        details("robe", "it has a hood with bunny ears and a belt"),
        is_a("jacket", "yes", "contradiction"),
        title="Marks & Spencer Girls Pink Bunny Ears Fleece Dressing Gown",
        category="Bath Robe",
        color="Pink",
    ),
    # 037 truth: boy, orange half-sleeve tee with a tiger-face print, solid black shorts, white backdrop. Base
    # zero-shot; the describe answer carried the prompt format back.
    case(
        "X1298-037",
        caption("a young boy wearing an orange tiger shirt"),
        wearing("a tiger shirt", who="he"),
        Q.color("orange"),
        Q.pattern("tiger"),
        color_of("shorts", "orange", "other_garment_color", kind="open"),
        describe(
            "night suit", "Question: Describe the night suit. Answer: a orange t - shirt with a tiger on it", "leak"
        ),
        title="Sweet Dreams Boys Orange & Black Tiger Printed Night Suit",
        category="Night suits",
        color="Orange",
        gender="Boys",
    ),
    # 038 truth: toddler girl with a topknot, cream sleeveless waffle-knit (solid) shorts-length romper with buttons
    # at the shoulder, beige backdrop. Base zero-shot for all.
    case(
        "X1298-038",
        caption("a little boy in a white romper standing on a beige background", "pronoun"),
        wearing("a romper", who="she"),
        Q.garment_type("romper"),
        Q.color("white"),
        Q.pattern("plaid", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        title="Hopscotch Unisex Kids Cream Solid Waffle Knit Cotton Romper",
        category="Rompers",
        color="Cream",
        gender="Unisex",
    ),
    # 039 truth: girl with hands on hips, white full-sleeve tee with a black panda print, black pyjamas with a white
    # panda print, white backdrop. Base zero-shot for all.
    case(
        "X1298-039",
        caption("a little girl in a black and white panda pajama set"),
        wearing("panda pajamas", who="she"),
        Q.color("black"),
        color_of("top", "black", "other_garment_color", kind="open"),
        color_of("pyjamas", "black", kind="open"),
        Q.sleeve_length("long"),
        Q.pattern("panda"),
        describe("night suit", "pajamas", "non_answer"),
        title="YK Girls White & Black Panda Printed Night Suit",
        category="Night suits",
        color="White",
        gender="Girls",
    ),
    # 040 truth: boy, royal blue long-sleeve tee with a white Avengers logo on the front only, navy jogger pyjamas,
    # white backdrop. Base zero-shot; the top-details answer looped to the limit.
    case(
        "X1298-040",
        caption("a young boy wearing a blue avengers shirt"),
        wearing("avengers pajamas", who="he"),
        Q.garment_type("pajamas"),
        Q.color("blue"),
        Q.pattern("avengers"),
        Q.sleeve_length("long"),
        details(
            "top",
            "the avengers logo on the front and the back and the sleeves and the front and the back and the sleeves "
            "and the front and",
            "loop",
            hit_limit=True,
        ),
        title="Nap Chief Boys Blue Marvel Avengers Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # 041 truth: baby girl with a pink headband, sitting on the floor of a plain white backdrop (no bed); pink floral
    # short-sleeve shorts-length romper with frills at the shoulders. Base zero-shot for all.
    case(
        "X1298-041",
        caption("a baby girl sitting on a bed in a pink floral romper", "unsupported"),
        wearing("a pink romper", who="she"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        is_a("dress", "yes", "contradiction"),
        details("romper", "ruffles on the shoulders"),
        title="Babyhug Infant Girls Pink Floral Print Frill Romper",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # 042 truth: boy, red long-sleeve tee with a white reindeer and "Merry Christmas", red-and-green tartan pyjamas,
    # a small Christmas tree at the edge of the frame. Base zero-shot; the describe answer was cut at 30 tokens.
    case(
        "X1298-042",
        caption("a little boy in christmas pajamas standing next to a christmas tree"),
        wearing("christmas pajamas", who="he"),
        Q.color("red"),
        Q.pattern("plaid"),
        color_of("pyjamas", "red and green", kind="open"),
        describe(
            "night suit",
            "a red long sleeve shirt with a reindeer on it that says merry christmas and red and green plaid pajama "
            "pants with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("wool", "contradiction"),
        title="Mothercare Boys Red & Green Christmas Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Red",
        gender="Boys",
    ),
    # 043 truth: boy, white sleeveless vest with a small blue anchor print, navy-and-white striped shorts, white
    # backdrop. Unisex row: asked "she". Base zero-shot for all.
    case(
        "X1298-043",
        caption("a little boy wearing a white tank top and striped shorts"),
        wearing("a tank top and shorts", who="she"),
        Q.garment_type("pajamas"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        color_of("shorts", "blue", kind="open"),
        details("night suit", "the tank top has anchors on it"),
        title="Lil Lollipop Unisex Kids White Anchor Print Vest & Shorts Night Suit",
        color="White",
        gender="Unisex",
    ),
    # 044 truth: boy, yellow half-sleeve tee with a Minions print, solid blue knit shorts (not denim), white
    # backdrop. The row has no base colour. Base zero-shot for all.
    case(
        "X1298-044",
        caption("a boy wearing a yellow minion shirt and blue jean shorts", "unsupported"),
        wearing("minion pajamas", who="he"),
        Q.color("yellow"),
        Q.pattern("minions"),
        color_of("shorts", "blue", kind="open"),
        Q.sleeve_length("short"),
        describe("night suit", "a night suit for kids", "restated"),
        title="Kuchipoo Boys Yellow & Blue Minions Printed Night Suit",
        category="Night suits",
        gender="Boys",
    ),
    # 045 truth: girl with a short bob and a pink hair clip, sea green long-sleeve pullover tee (no buttons) and
    # matching pyjamas, solid, ribbed cuffs, white backdrop. Unisex row. Base zero-shot for all.
    case(
        "X1298-045",
        caption("a young boy in a green pajama set", "pronoun"),
        wearing("green pajamas", who="she"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("long"),
        describe("night suit", "a green pajama set with buttons", "unsupported"),
        title="Kidbea Unisex Kids Sea Green Solid Bamboo Pyjama Set",
        category="Night suits",
        color="Sea Green",
        gender="Unisex",
    ),
]
