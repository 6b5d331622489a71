"""BLIND_1048 (46 products; Myntra kids' wear, captions then extractive QA): written blind in the fifty-ninth session.
Measured blind at ee41834 (the session's third rules): 90/136 failures found (66.2%) and 23/196 correct texts flagged
(11.7%). The writer's notes, verbatim:

Scenario: a night's enrichment of Myntra infants' and kids' wear (Rompers, Bodysuit, Night suits, Clothing Set,
Dresses for frocks, one Dungarees row). Photos are catalog shots on a white backdrop: a baby or child model (sitting,
lying on a blanket, standing, sometimes holding a soft toy or a pillow) or a flat lay with no person, packs laid side
by side. Kids are often styled with garments the seller does not sell (leggings, a tutu, a denim jacket, socks).

Who wrote what: the job captions each photo, then answers the open questions (wearing, description, details, open
color, material) with the extractive QA model timpal0l/mdeberta-v3-base-squad2 over that caption, so an open answer
is a span of the caption. Where the QA model's null answer wins, enrich falls back to free generation by the VQA
adapter leoreigoto/Data3_V3_BLIP2_VQA (`Question: ... Answer:`, 30 new tokens, no trained end token: leaks of the
format, loops, answers cut at the limit, restated questions, wrong he/she; it also invents zips, hoods and pockets
and names fabrics it cannot see). Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come
from `--engine reference` (base blip2-opt-2.7b ranking the candidates), one candidate each, never looping.
- X1048-001..020 were captioned by the caption adapter after one epoch (Data2_V2_BLIP2_Finetune_Caption_First_Epoch):
  DeepFashion template sentences, adult nouns ("the lady", "the guy"), pattern words instead of hues (so open color
  questions always fall back), a bodysuit or romper often told as "T-shirt", "tank top" or "shirt and shorts",
  invented accessories ("an accessory on her wrist", "has on a hat"). About half its captions still stop on a
  newline (the base habit survives one epoch); the rest run to the 50-token limit and loop or are cut.
- X1048-021..046 were captioned by the untuned base blip2-opt-2.7b: one short line with hue names, which stops.
  Its habits: one color for the whole outfit, props and accessories that are not there, "girl" for a boy, a count
  wrong for a pack; the QA span then picks the first color in the caption for whichever garment is asked about.

Labeling conventions and judgement calls:
- One label per text. A loop or a cut wins over a content error in the same text; a wrong he/she wins over the
  garment kind named in the same template caption.
- romper, onesie, bodysuit, sleepsuit and "teddy bear costume" for a hooded bear romper are taken as names of the
  same infant one-piece; overalls = dungarees; pajamas = night suit; "indian dress" for a kurta set is accepted for
  the caption and the wearing answer, but "dress" as the closed garment type of a Clothing Set row is contradiction.
- A one-piece told as "T-shirt", "tank top", "jacket and long pants" or "shirt and shorts", a pack told with the
  wrong count, and a closed type, pattern or sleeve length the photo or seller contradict are labelled
  contradiction, also when the QA span only repeats the caption's wrong words.
- A color that belongs to another garment in the photo (styling leggings, a tutu, socks, the other piece of a set)
  is other_garment_color, open or closed; a wrong color that is a trim or print of the product itself (white lace on
  a teal frock, yellow cuffs, grey print, brown bear ears) or the backdrop/blanket is contradiction.
- The material of another garment ("denim" for a frock worn under a denim jacket) is contradiction; a fabric that
  neither the photo nor the title shows (silk, linen, wool, organic cotton, chiffon on a matte poplin frock, denim
  shorts that are twill) is unsupported, as are invented zips, hoods, pockets, rings, hats, a tiara, a pacifier,
  sunglasses, "sleeping on a bed". Plain "cotton" for a knit that looks like cotton is accepted.
- "the lady" / "the female" for a girl and "the guy" for a boy are not failures (the template's adult nouns); a
  wrong he/she/his/her, and "girl"/"boy" wrong for the row's gender, are labelled pronoun. Unisex rows and the rows
  without a gender have no pronoun labels.
- An empty answer, a one-word span that only names the garment asked about, or "yes" to an open question is
  non_answer; a generated sentence that gives the question's words back ("the romper is a romper") is restated.
- hit_limit is set on every caption that ran to 50 tokens and every fallback answer that ran to 30 tokens; a QA
  span copied out of a looping caption is labelled loop without hit_limit (the span itself did not hit a limit).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_1048 = [
    # photo: baby boy sitting, navy blue short-sleeve romper with an all-over small red anchor print, small collar,
    # snap placket, white socks, white backdrop. Caption: caption adapter epoch 1 (ran to the limit); open: QA, the
    # description from the VQA fallback; closed: reference engine.
    case(
        "X1048-001",
        caption(
            "The person wears a short-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a "
            "lapel neckline. The person wears socks. The person wears a short-sleeve romper with graphic patterns. "
            "The romper is",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve romper with graphic patterns", who="the baby"),
        describe(
            "romper",
            "the romper has a collar and a button placket on the front and a snap closure at the bottom so that it "
            "is easy to change the",
            "cut",
            hit_limit=True,
        ),
        details("romper", "lapel neckline"),
        material("cotton fabric"),
        garment_type("romper"),
        color("white", "other_garment_color"),
        title="Mothercare Boys Navy Blue Printed Romper",
        category="Rompers",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat lay of three short-sleeve envelope-neck bodysuits side by side (plain white, grey melange with
    # small stars, mint green with an elephant print), white backdrop, no person. Caption adapter epoch 1 (stopped);
    # QA; reference engine.
    case(
        "X1048-002",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline.",
            "contradiction",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", "contradiction", who="the baby"),
        material("cotton fabric"),
        garment_type("bodysuit"),
        pattern("graphic"),
        is_a("bodysuit", "yes"),
        title="Babyhug Unisex Pack of 3 Cotton Bodysuits",
        category="Bodysuit",
        color="Multi",
        gender="Unisex",
    ),
    # photo: girl about six standing barefoot in a pink full-sleeve pyjama top with white polka dots and a unicorn
    # graphic on the chest, matching pink polka-dot full-length pyjamas, white backdrop. Caption adapter epoch 1
    # (cut at the limit); QA; reference engine.
    case(
        "X1048-003",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and it has a round neckline. The pants are with cotton fabric and graphic patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns and a long pants", who="the girl"),
        describe("night suit", "long-sleeve shirt with graphic patterns"),
        garment_type("night suit"),
        color("pink"),
        pattern("striped", "contradiction"),
        sleeves("long"),
        title="YK Girls Pink & White Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: toddler girl in a yellow sleeveless cotton frock with white floral embroidery on the yoke, flared skirt,
    # white sandals, holding a small plush bunny; white backdrop. Caption adapter epoch 1 (stopped); QA; reference.
    case(
        "X1048-004",
        caption(
            "The female wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. She wears a ring on her finger.",
            "unsupported",
        ),
        wearing("a sleeveless dress with floral patterns", who="the girl"),
        details("frock", "round neckline"),
        material("cotton fabric"),
        garment_type("dress"),
        color("yellow"),
        is_a("frock", "no", "contradiction"),
        title="Hopscotch Girls Yellow Embroidered Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy about four in a white short-sleeve T-shirt with a red racing-car graphic and navy blue drawstring
    # shorts (the set), white sneakers, white backdrop. Caption adapter epoch 1 (stopped); QA, the shorts' color from
    # the VQA fallback; reference engine.
    case(
        "X1048-005",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. Her T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a three-point shorts", who="the boy"),
        details("shorts", "cotton fabric and pure color patterns"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        garment_type("clothing set"),
        color("white"),
        sleeves("short"),
        title="Gini and Jony Boys White & Navy Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: flat lay of a peach sleeveless romper with frilled shoulder straps, white lace trim at the leg openings,
    # a small satin bow at the neckline, snaps at the crotch; white backdrop, no person. Caption adapter epoch 1 (cut);
    # QA, the description from the VQA fallback; reference engine.
    case(
        "X1048-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric and its neckline is suspenders. The shorts are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a sleeveless tank top with pure color patterns and a three-point shorts", "contradiction", who="the baby"
        ),
        describe("romper", "the romper is a romper", "restated"),
        material("cotton fabric"),
        garment_type("romper"),
        color("pink"),
        sleeves("sleeveless"),
        title="Little Kangaroos Girls Peach-Coloured Solid Romper",
        category="Rompers",
        color="Peach",
        gender="Girls",
    ),
    # photo: baby boy lying on a white blanket in a light blue long-sleeve bodysuit with "Little Brother" printed in
    # navy and navy piping at the neck, white backdrop. Caption adapter epoch 1 (stopped); QA; reference engine.
    case(
        "X1048-007",
        caption(
            "This female wears a long-sleeve T-shirt with graphic patterns. Her T-shirt is with cotton fabric. It "
            "has a round neckline.",
            "pronoun",
        ),
        wearing("a long-sleeve T-shirt with graphic patterns", "contradiction", who="the baby"),
        details("bodysuit", "round neckline"),
        garment_type("bodysuit"),
        color("white", "contradiction"),
        sleeves("long"),
        title="Babyhug Boys Blue Printed Bodysuit",
        category="Bodysuit",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy about eight, barefoot, grey melange short-sleeve T-shirt with a black and white dinosaur print and
    # green-and-grey checked full-length pyjamas, white backdrop. Caption adapter epoch 1 (looped); QA, the pyjama
    # color from the VQA fallback (looped); reference engine.
    case(
        "X1048-008",
        caption(
            "The guy wears a short-sleeve T-shirt with graphic patterns and a long trousers. The T-shirt is with "
            "cotton fabric. The trousers are with cotton fabric and lattice patterns. The trousers are with cotton "
            "fabric and lattice patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long trousers", who="the boy"),
        details("pyjama", "lattice patterns"),
        color_of(
            "pyjama",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        material("cotton fabric"),
        garment_type("night suit"),
        color("green", "other_garment_color"),
        title="Doodle Boys Grey Melange & Green Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl about three in a red-and-white gingham short-sleeve frock with puff sleeves and a white Peter Pan
    # collar, a red hairband, white backdrop. Caption adapter epoch 1 (stopped); QA; reference engine.
    case(
        "X1048-009",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The lady has on a hat.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with lattice patterns", who="the girl"),
        details("frock", "a hat", "unsupported"),
        garment_type("dress"),
        color("red"),
        pattern("checked"),
        sleeves("long", "contradiction"),
        title="Cherry Crumble Girls Red & White Checked A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: flat lay of a mustard yellow cable-knit sleeveless romper with two wooden buttons at the shoulders, a
    # knitted cap laid beside it as a prop, white backdrop, no person. Caption adapter epoch 1 (stopped); QA, the
    # details from the VQA fallback; reference engine.
    case(
        "X1048-010",
        caption(
            "The person wears a sleeveless tank top with pure color patterns. The tank top is with knitting fabric. "
            "It has a round neckline.",
            "contradiction",
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction", who="the baby"),
        describe("romper", "knitting fabric"),
        details("romper", "the romper has a hood and two pockets on the front", "unsupported"),
        material("knitting fabric"),
        garment_type("romper"),
        color("yellow"),
        title="Mom's Love Unisex Mustard Knitted Romper",
        category="Rompers",
        color="Mustard",
        gender="Unisex",
    ),
    # photo: girl about five in a white short-sleeve top with a pink flamingo print and a pink tiered skirt (the set),
    # a pink hair clip, white backdrop. Caption adapter epoch 1 (cut); QA, the skirt's color from the VQA fallback;
    # reference engine.
    case(
        "X1048-011",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="the girl"),
        details("skirt", "cotton fabric and pure color patterns"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        garment_type("clothing set"),
        color("white"),
        sleeves("short"),
        title="Nauti Nati Girls White & Pink Printed Top with Skirt",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: baby girl sitting in a lavender sleeveless bodysuit with ruffled shoulder straps and a white "Daddy's
    # Girl" print, a white frilly headband, a wooden toy beside her, white backdrop. Caption adapter epoch 1 (looped);
    # QA, the open color from the VQA fallback; reference engine.
    case(
        "X1048-012",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and its "
            "neckline is suspenders. There is an accessory on her head. There is an accessory on her head. There is "
            "an accessory on her head. There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with graphic patterns", "contradiction", who="the baby"),
        details("bodysuit", "its neckline is suspenders"),
        color_of("bodysuit", "the color of the bodysuit is the color of the bodysuit", "restated", kind="open"),
        garment_type("tank top", "contradiction"),
        color("purple"),
        sleeves("sleeveless"),
        title="Tiny Bugs Girls Lavender Printed Bodysuit",
        category="Bodysuit",
        color="Lavender",
        gender="Girls",
    ),
    # photo: flat lay of a navy blue full-sleeve night suit (top and pyjamas) with an all-over white and yellow star
    # and moon print, ribbed cuffs, white backdrop, no person. Caption adapter epoch 1 (stopped); QA, the description
    # from the VQA fallback (leaked); reference engine.
    case(
        "X1048-013",
        caption(
            "The person wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and graphic patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve T-shirt with graphic patterns and a long pants", who="the child"),
        describe(
            "night suit",
            "Question: Describe the night suit. Answer: a long sleeve t-shirt and pants. Question: What is the "
            "color of the night suit? Answer:",
            "leak",
            hit_limit=True,
        ),
        material("cotton fabric"),
        garment_type("night suit"),
        color("white", "contradiction"),
        pattern("floral", "contradiction"),
        title="Bodycare Kids Unisex Navy Blue Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Unisex",
    ),
    # photo: girl about seven in a navy blue floral-print sleeveless maxi frock of matte cotton poplin with a short-
    # sleeve white cotton shrug over it (sold with it), white backdrop. Caption adapter epoch 1 (stopped); QA, the
    # dress color from the VQA fallback; reference engine.
    case(
        "X1048-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with chiffon fabric and floral patterns.",
            "contradiction",
        ),
        wearing("a short-sleeve shirt with pure color patterns and a long skirt", "contradiction", who="the girl"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        material("chiffon fabric", "unsupported"),
        garment_type("dress"),
        color("navy blue"),
        pattern("floral"),
        title="Peppermint Girls Navy Blue Floral Printed Maxi Dress with Shrug",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: baby boy in an olive green long-sleeve hooded romper with a front zip and felt dinosaur spikes on the
    # hood, footless, white backdrop. Caption adapter epoch 1 (cut); QA, the details from the VQA fallback;
    # reference engine.
    case(
        "X1048-015",
        caption(
            "The guy wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. It has a standing neckline. The pants are with cotton fabric and pure color patterns. The guy "
            "has on a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns and a long pants", "contradiction", who="the baby"),
        details("romper", "the romper has a hood and a zipper"),
        material("cotton fabric"),
        garment_type("romper"),
        color("green"),
        sleeves("long"),
        title="Juscubs Boys Olive Green Solid Hooded Romper",
        category="Rompers",
        color="Olive",
        gender="Boys",
    ),
    # photo: flat lay of a white long-sleeve bodysuit with an envelope neckline (round from the front), mitten cuffs
    # and a small grey elephant print on the chest, white backdrop. Caption adapter epoch 1 (stopped); QA; reference.
    case(
        "X1048-016",
        caption(
            "The person wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a "
            "V-shape neckline.",
            "unsupported",
        ),
        wearing("a long-sleeve romper with graphic patterns", who="the baby"),
        details("bodysuit", "V-shape neckline", "unsupported"),
        garment_type("bodysuit"),
        color("grey", "contradiction"),
        sleeves("long"),
        title="Mothercare Unisex White Printed Bodysuit",
        category="Bodysuit",
        color="White",
        gender="Unisex",
    ),
    # photo: boy about two in a sky blue half-sleeve shirt with a white palm-leaf print, open over a white T-shirt,
    # beige cotton twill shorts (three-piece set), white backdrop. Caption adapter epoch 1 (stopped); QA, the shorts'
    # color from the VQA fallback; reference engine. The feed row has no color.
    case(
        "X1048-017",
        caption(
            "The person wears a short-sleeve shirt with floral patterns and a three-point shorts. The shirt is with "
            "cotton fabric. It has a lapel neckline. The shorts are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a short-sleeve shirt with floral patterns and a three-point shorts", who="the boy"),
        details("shirt", "lapel neckline"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        garment_type("shirt", "contradiction"),
        color("blue"),
        sleeves("short"),
        title="Babyhug Boys Blue & Beige Printed Shirt with T-shirt and Shorts",
        category="Clothing Set",
        gender="Boys",
    ),
    # photo: girl about ten holding a pillow, mint green sleeveless cami top with lace trim and mint green shorts with
    # white polka dots (night suit), white backdrop. Caption adapter epoch 1 (looped); QA; reference engine.
    case(
        "X1048-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric and its neckline is suspenders. The shorts are with cotton fabric and graphic "
            "patterns. The shorts are with cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a three-point shorts", who="the girl"),
        describe("top", "sleeveless tank top with pure color patterns"),
        details("shorts", "graphic patterns. The shorts are with cotton fabric and graphic", "loop"),
        material("cotton fabric"),
        garment_type("night suit"),
        color("green"),
        title="Sweet Dreams Girls Mint Green Printed Night Suit",
        category="Night suits",
        color="Green",
        gender="Girls",
    ),
    # photo: girl about four in a white sleeveless frock with a multicolor rainbow print on the bodice and a tulle
    # layer on the skirt, silver ballerina shoes, white backdrop. Caption adapter epoch 1 (looped); QA, the details
    # from the VQA fallback; reference engine.
    case(
        "X1048-019",
        caption(
            "The female wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. She wears a pair of shoes. The female wears a sleeveless dress with graphic patterns. "
            "The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns", who="the girl"),
        describe("dress", "sleeveless dress with graphic patterns"),
        details("dress", "no", "non_answer"),
        garment_type("dress"),
        color("white"),
        sleeves("short", "contradiction"),
        title="YK Girls White Printed Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: toddler girl in a mid-blue chambray sleeveless romper with a small red cherry print, square neckline and
    # a frill at the waist, bare arms, white backdrop. Caption adapter epoch 1 (stopped); QA; reference engine.
    case(
        "X1048-020",
        caption(
            "The lady wears a sleeveless romper with floral patterns. The romper is with denim fabric. It has a "
            "square neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a sleeveless romper with floral patterns", who="the girl"),
        details("romper", "square neckline"),
        garment_type("romper"),
        color("blue"),
        sleeves("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        title="Hopscotch Girls Blue Cherry Print Romper",
        category="Rompers",
        color="Blue",
        gender="Girls",
    ),
    # photo: baby girl sitting in a pink short-sleeve romper with white polka dots and a white Peter Pan collar, a
    # pink headband with a bow, white backdrop. Caption: base blip2-opt-2.7b; QA, material from the VQA fallback;
    # reference engine.
    case(
        "X1048-021",
        caption("a baby girl wearing a pink romper with white polka dots and a headband"),
        wearing("a pink romper with white polka dots and a headband", who="the baby"),
        color_of("romper", "pink", kind="open"),
        describe("romper", "a headband", "contradiction"),
        material("", "non_answer"),
        pattern("polka dot"),
        sleeves("long", "contradiction"),
        title="Babyhug Girls Pink Polka Dot Print Romper",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy about six in a black short-sleeve T-shirt with a yellow "ROAR" lion graphic and grey melange jogger
    # pants (the set), white sneakers, white backdrop. Base caption; QA, details from the VQA fallback; reference.
    case(
        "X1048-022",
        caption("a young boy wearing a black t-shirt and black pants", "contradiction"),
        wearing("a black t-shirt and black pants", "contradiction", who="the boy"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        color_of("t-shirt", "black", kind="open"),
        details("t-shirt", "she has a lion print on her t-shirt", "pronoun"),
        garment_type("clothing set"),
        color("black"),
        title="Kids On Board Boys Black & Grey Printed T-shirt with Joggers",
        category="Clothing Set",
        color="Black",
        gender="Boys",
    ),
    # photo: boy about five in a red full-sleeve Spider-Man night suit: red top with the Spider-Man face, red and
    # blue web-print pyjamas, white backdrop. Base caption; QA, color, details and material from the VQA fallback;
    # reference engine.
    case(
        "X1048-023",
        caption("a little boy wearing spiderman pajamas"),
        wearing("spiderman pajamas", who="the boy"),
        color_of("pajamas", "red and blue", kind="open"),
        details(
            "night suit",
            "spiderman, spiderman, spiderman, spiderman, spiderman, spiderman, spiderman, spiderman, spiderman, "
            "spiderman",
            "loop",
            hit_limit=True,
        ),
        material(
            "cotton Question: What is the color of the garment? Answer: red Question: What is the pattern of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        garment_type("night suit"),
        color("red"),
        sleeves("long"),
        title="Marvel by Wear Your Mind Boys Red Spider-Man Print Night Suit",
        category="Night suits",
        color="Red",
        gender="Boys",
    ),
    # photo: girl about eight in a maroon velvet full-sleeve party frock with a gold sequin yoke and a flared skirt,
    # black tights, black shoes, hair loose, white backdrop. Base caption; QA; reference engine.
    case(
        "X1048-024",
        caption("a little girl in a red velvet dress with gold sequins and a bow in her hair", "unsupported"),
        wearing("a red velvet dress with gold sequins", who="the girl"),
        color_of("dress", "gold", "contradiction", kind="open"),
        color_of("tights", "red", "other_garment_color", kind="open"),
        material("velvet"),
        garment_type("dress"),
        color("black", "other_garment_color"),
        title="Pink Chick Girls Maroon Embellished Velvet Fit and Flare Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: flat lay of two short-sleeve bodysuits: navy with white stripes, and white with "Hello World" in navy,
    # white backdrop, no person. Base caption; QA, details and material from the VQA fallback; reference engine.
    case(
        "X1048-025",
        caption("three baby onesies with stripes on a white background", "contradiction"),
        describe("bodysuit", "baby onesies with stripes"),
        details("bodysuit", "the bodysuit has a zipper on the front and a hood", "unsupported"),
        material("100% organic cotton", "unsupported"),
        color("navy blue"),
        pattern("striped"),
        is_a("bodysuit", "yes"),
        title="Mothercare Boys Pack of 2 Bodysuits",
        category="Bodysuit",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: baby about three months, awake, lying on a plain grey blanket in a white-and-grey striped long-sleeve
    # footed sleepsuit with a small bear applique, white backdrop around. Base caption; QA, description and color
    # from the VQA fallback (the description came back empty); reference engine.
    case(
        "X1048-026",
        caption("a baby sleeping on a bed with a striped blanket", "unsupported"),
        wearing("a striped blanket", "contradiction", who="the baby"),
        describe("sleepsuit", "", "non_answer"),
        color_of(
            "sleepsuit",
            "Question: What is the color of the sleepsuit? Answer: white Question: What is the color of the blanket? "
            "Answer: grey",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        garment_type("romper"),
        pattern("striped"),
        sleeves("long"),
        title="Little Kangaroos Unisex White & Grey Striped Sleepsuit",
        category="Rompers",
        color="White",
        gender="Unisex",
    ),
    # photo: girl about three in a mustard yellow sleeveless cotton kurta with pink gota trim, pink dhoti pants and a
    # pink dupatta draped over one shoulder, white backdrop. Base caption; QA, details and material from the VQA
    # fallback; reference engine.
    case(
        "X1048-027",
        caption("a little girl in a yellow and pink indian dress"),
        wearing("a yellow and pink indian dress", who="the girl"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        color_of("kurta", "yellow", kind="open"),
        details(
            "kurta",
            "the kurta has gota lace at the neck and at the hem and the pants have a gota lace at the hem and the "
            "dupatta has",
            "cut",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        garment_type("dress", "contradiction"),
        sleeves("sleeveless"),
        title="Biba Girls Mustard & Pink Kurta with Dhoti Pants & Dupatta",
        category="Clothing Set",
        color="Mustard",
        gender="Girls",
    ),
    # photo: girl about nine in a lavender full-sleeve top with a white "Sleepy Head" slogan and a sleeping-cat
    # graphic, lavender-and-white striped pyjamas, white fluffy slippers, white backdrop. Base caption; QA, the
    # description and material from the VQA fallback; reference engine.
    case(
        "X1048-028",
        caption("a girl wearing purple pajamas with a cat on them"),
        wearing("purple pajamas with a cat on them", who="the girl"),
        color_of("pyjamas", "purple", kind="open"),
        describe("night suit", "The night suit is a night suit for girls.", "restated"),
        details("pyjama", "pajamas", "non_answer"),
        material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        garment_type("night suit"),
        title="Sweet Dreams Girls Lavender Printed Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: flat lay of a white sleeveless cotton baby frock with blue floral embroidery along the hem and matching
    # blue bloomers laid below it, white backdrop, no person. Base caption; QA, bloomers' color and material from the
    # VQA fallback; reference engine. The feed row has no gender.
    case(
        "X1048-029",
        caption("a white baby dress with blue flowers and matching shorts"),
        wearing("a white baby dress with blue flowers and matching shorts", who="the baby"),
        color_of("bloomers", "white", "other_garment_color", kind="open"),
        describe("dress", "a white baby dress with blue flowers"),
        material("linen", "unsupported"),
        color("white"),
        sleeves("short", "contradiction"),
        title="Mothercare Girls White Embroidered Dress with Bloomers",
        category="Dresses",
        color="White",
    ),
    # photo: toddler boy in mid-blue denim shorts-length dungarees over a red-and-white striped short-sleeve T-shirt
    # (both sold), white sneakers, white backdrop. Base caption; QA, material from the VQA fallback; reference.
    case(
        "X1048-030",
        caption("a little boy in overalls and a red and white striped shirt"),
        wearing("overalls and a red and white striped shirt", who="the boy"),
        color_of("dungarees", "red and white", "other_garment_color", kind="open"),
        material("denim"),
        garment_type("dungarees"),
        color("red", "other_garment_color"),
        pattern("striped", "contradiction"),
        title="Gini and Jony Boys Blue Denim Dungarees with Striped T-shirt",
        category="Dungarees",
        color="Blue",
        gender="Boys",
    ),
    # photo: baby girl in a white long-sleeve bodysuit with a small pink floral print and ruffles at the shoulders,
    # styled with pink leggings and pink socks, white backdrop. Base caption; QA, details and material from the VQA
    # fallback; reference engine.
    case(
        "X1048-031",
        caption("a baby girl wearing a white floral onesie and pink leggings"),
        wearing("a white floral onesie and pink leggings", who="the baby"),
        color_of("bodysuit", "pink", "other_garment_color", kind="open"),
        describe("bodysuit", "pink leggings", "contradiction"),
        details(
            "bodysuit",
            "the bodysuit has ruffles on the shoulders and snap buttons at the bottom and it is made of soft cotton "
            "which is gentle on the",
            "cut",
            hit_limit=True,
        ),
        material("the material of the bodysuit is the material of the bodysuit", "restated"),
        garment_type("bodysuit"),
        color("white"),
        title="Babyhug Girls White Floral Print Bodysuit",
        category="Bodysuit",
        color="White",
        gender="Girls",
    ),
    # photo: boy about seven in an olive green pullover hooded sweatshirt with a white "ADVENTURE" print and olive
    # joggers (co-ord set), no zip, white backdrop. Base caption; QA, details and material from the VQA fallback.
    case(
        "X1048-032",
        caption("a young boy wearing a green hoodie and green pants"),
        wearing("a green hoodie and green pants", who="the boy"),
        color_of("joggers", "green", kind="open"),
        details("sweatshirt", "the sweatshirt has a hood and a zipper on the front", "unsupported"),
        material("wool", "unsupported"),
        garment_type("clothing set"),
        color("green"),
        title="HELLCAT Boys Olive Green Sweatshirt with Joggers",
        category="Clothing Set",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy about four holding a stuffed rabbit, sky blue short-sleeve T-shirt with a rocket graphic and navy
    # shorts (night suit), white backdrop. Base caption; QA, material from the VQA fallback; reference engine.
    case(
        "X1048-033",
        caption("a little girl holding a stuffed animal in blue pajamas", "pronoun"),
        wearing("blue pajamas", who="the boy"),
        color_of("shorts", "blue", kind="open"),
        describe("night suit", "blue pajamas"),
        material("she is wearing cotton pajamas", "pronoun"),
        garment_type("night suit"),
        pattern("graphic"),
        sleeves("short"),
        title="Bodycare Kids Boys Blue Printed Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl about six in a teal sleeveless frock with a white lace overlay on the bodice and a teal satin bow at
    # the waist, white sneakers, no headwear, white backdrop. Base caption; QA; material from the VQA fallback.
    case(
        "X1048-034",
        caption("a little girl in a blue dress with white lace and a tiara", "unsupported"),
        wearing("a blue dress with white lace and a tiara", "unsupported", who="the girl"),
        color_of("dress", "white", "contradiction", kind="open"),
        details("dress", "white lace"),
        material("lace"),
        garment_type("dress"),
        color("blue"),
        title="Hopscotch Girls Teal Lace Fit and Flare Dress",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: flat lay of a coral orange sleeveless romper with a white daisy print and ruffled straps, snaps at the
    # crotch, the matching daisy headband laid above it, white backdrop. Base caption; QA, details and material from
    # the VQA fallback; reference engine.
    case(
        "X1048-035",
        caption("an orange and white floral romper with a matching headband"),
        wearing("an orange and white floral romper", who="the baby"),
        color_of("romper", "orange and white", kind="open"),
        details("romper", "ruffles on the shoulders and a button closure at the back", "unsupported"),
        material(
            "Question: What material is the garment made of? Answer: cotton Question: What is the color of the "
            "garment? Answer: orange",
            "leak",
            hit_limit=True,
        ),
        garment_type("romper"),
        pattern("floral"),
        sleeves("short", "contradiction"),
        title="Tiny Bugs Girls Coral Printed Romper with Headband",
        category="Rompers",
        color="Orange",
        gender="Girls",
    ),
    # photo: baby sitting in a mustard yellow half-sleeve bodysuit with a black-and-white panda graphic, styled with
    # black pants, white backdrop. Base caption; QA, material from the VQA fallback; reference. No gender in the row.
    case(
        "X1048-036",
        caption("a baby wearing a yellow onesie with a panda on it and black pants"),
        wearing("a yellow onesie with a panda on it and black pants", who="the baby"),
        color_of("bodysuit", "black", "other_garment_color", kind="open"),
        describe("bodysuit", "a yellow onesie with a panda on it"),
        material(
            "cotton. Question: What is the color of the garment? Answer: yellow. Question: What is the pattern",
            "leak",
            hit_limit=True,
        ),
        garment_type("bodysuit"),
        color("yellow"),
        pattern("solid", "contradiction"),
        title="Babyhug Unisex Mustard Printed Bodysuit",
        category="Bodysuit",
        color="Mustard",
    ),
    # photo: boy about nine in a white full-sleeve cotton kurta with thin gold embroidery at the placket, white
    # churidar pyjama and a maroon Nehru jacket (three-piece set), brown mojaris, white backdrop. Base caption; QA,
    # details and material from the VQA fallback; reference engine.
    case(
        "X1048-037",
        caption("a young boy in a maroon vest and white kurta"),
        wearing("a maroon vest and white kurta", who="the boy"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        color_of("jacket", "maroon", kind="open"),
        details("kurta", "she is wearing a white kurta with gold embroidery", "pronoun"),
        material("silk", "unsupported"),
        garment_type("clothing set"),
        color("maroon"),
        title="Manyavar Boys White & Maroon Kurta Pyjama with Nehru Jacket",
        category="Clothing Set",
        color="Maroon",
        gender="Boys",
    ),
    # photo: flat lay of a grey long-sleeve top and grey pyjamas with an all-over white cloud print and yellow
    # ribbed cuffs, white backdrop, no person. Base caption; QA, material from the VQA fallback; reference engine.
    case(
        "X1048-038",
        caption("a grey and white pajama set with clouds on it"),
        wearing("a grey and white pajama set", who="the child"),
        color_of("pajamas", "grey and white", kind="open"),
        details("night suit", "clouds on it"),
        material("the night suit is made of the night suit", "restated"),
        garment_type("night suit"),
        color("yellow", "contradiction"),
        sleeves("long"),
        title="Mom's Love Unisex Grey Cloud Print Night Suit",
        category="Night suits",
        color="Grey",
        gender="Unisex",
    ),
    # photo: girl about two in a red short-sleeve frock with a white Minnie Mouse print and small white polka dots, a
    # white collar, red shoes, no glasses, white backdrop. Base caption; QA, details and material from the VQA
    # fallback; reference engine.
    case(
        "X1048-039",
        caption("a little girl wearing a red minnie mouse dress and a pair of sunglasses", "unsupported"),
        wearing("a red minnie mouse dress", who="the girl"),
        color_of("dress", "red", kind="open"),
        describe("dress", "dress", "non_answer"),
        details(
            "dress",
            "the dress has a white collar and a bow at the waist and a bow at the waist and a bow at the waist and a "
            "bow at the",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        garment_type("dress"),
        title="Disney by Babyhug Girls Red Minnie Mouse Printed Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: baby boy in a sleeveless colour-blocked romper (grey melange top half, navy blue shorts half) with a
    # small bow-tie print at the neck, white backdrop. Base caption; QA, description and material from the VQA
    # fallback; reference engine.
    case(
        "X1048-040",
        caption("a baby boy in a grey shirt and blue shorts with a bow tie", "contradiction"),
        wearing("a grey shirt and blue shorts with a bow tie", "contradiction", who="the baby"),
        color_of("romper", "grey", kind="open"),
        describe(
            "romper",
            "the romper is grey on top and navy blue at the bottom with a bow tie print on the front and snap "
            "buttons at the",
            "cut",
            hit_limit=True,
        ),
        material("he is wearing a cotton romper"),
        garment_type("romper"),
        pattern("colour block"),
        is_a("romper", "no", "contradiction"),
        title="Little Kangaroos Boys Grey & Navy Colourblocked Romper",
        category="Rompers",
        color="Grey",
        gender="Boys",
    ),
    # photo: baby girl in a black-and-white striped sleeveless bodysuit with a small red heart print, styled with a
    # red tulle tutu, white backdrop. Base caption; QA, material from the VQA fallback (leaked); reference engine.
    case(
        "X1048-041",
        caption("a baby girl in a black and white striped onesie and a red tutu"),
        wearing("a black and white striped onesie and a red tutu", who="the baby"),
        color_of("bodysuit", "red", "other_garment_color", kind="open"),
        describe("bodysuit", "black and white striped onesie"),
        material("cotton Question: Is this a bodysuit? Answer: yes Question: Is this a", "leak", hit_limit=True),
        garment_type("dress", "contradiction"),
        color("black"),
        sleeves("sleeveless"),
        title="Tiny Bugs Girls Black & White Striped Bodysuit",
        category="Bodysuit",
        color="Black",
        gender="Girls",
    ),
    # photo: girl about five in a white full-sleeve T-shirt with a "Be Kind" rainbow print under a mid-blue denim
    # pinafore dress with buttoned straps and no pockets (two-piece set), white shoes, white backdrop. Base caption;
    # QA, details and description from the VQA fallback; reference engine.
    case(
        "X1048-042",
        caption("a little girl wearing a denim dress and a white shirt"),
        wearing("a denim dress and a white shirt", who="the girl"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        describe("pinafore", "yes", "non_answer"),
        details("pinafore", "the pinafore has two pockets on the front and a zipper on the side", "unsupported"),
        material("denim"),
        garment_type("clothing set"),
        color("white", "other_garment_color"),
        title="Gini and Jony Girls Blue Denim Pinafore Dress with T-shirt",
        category="Clothing Set",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl about eleven in a peach short-sleeve pyjama top with a white bunny print and peach capri pyjamas
    # with small white stars, white backdrop. Base caption; QA, material from the VQA fallback; reference engine.
    # The feed row has no category.
    case(
        "X1048-043",
        caption("a boy in pink pajamas with bunnies on them", "pronoun"),
        wearing("pink pajamas with bunnies on them", who="the girl"),
        color_of("pajamas", "pink", kind="open"),
        material(
            "the pajamas are made of a soft cotton fabric that is breathable and comfortable for the child to sleep "
            "in. the pajamas are made of a soft cotton",
            "loop",
            hit_limit=True,
        ),
        garment_type("night suit"),
        pattern("graphic"),
        sleeves("long", "contradiction"),
        title="Cherry Crumble Girls Peach Printed Night Suit",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl about ten in a mustard yellow floral-print tiered maxi frock with flutter sleeves, a blue denim
    # jacket worn open over it (styling, not sold), white backdrop. Base caption; QA, details and material from the
    # VQA fallback; reference engine.
    case(
        "X1048-044",
        caption("a girl in a blue denim jacket and a yellow floral dress"),
        wearing("a blue denim jacket and a yellow floral dress", who="the girl"),
        color_of("dress", "blue", "other_garment_color", kind="open"),
        describe("dress", "yellow floral dress"),
        details(
            "dress",
            "the dress has three tiers and flutter sleeves with a round neck and a button at the back of the neck and "
            "a tie at the",
            "cut",
            hit_limit=True,
        ),
        material("denim", "contradiction"),
        garment_type("jacket", "contradiction"),
        color("yellow"),
        title="Biba Girls Mustard Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: baby sitting in a wicker basket (prop) in a cream full-sleeve knitted romper with a hood with brown
    # teddy-bear ears, no pacifier, white backdrop. Base caption; QA, material from the VQA fallback; reference.
    case(
        "X1048-045",
        caption("a baby in a white teddy bear costume sitting in a basket with a pacifier", "unsupported"),
        wearing("a white teddy bear costume", who="the baby"),
        color_of("romper", "white", kind="open"),
        material("knit"),
        garment_type("romper"),
        color("brown", "contradiction"),
        sleeves("long"),
        title="Mom's Love Unisex Cream Knitted Hooded Romper",
        category="Rompers",
        color="Cream",
        gender="Unisex",
    ),
    # photo: boy about three in an orange half-sleeve T-shirt with a grey tiger-face print and grey melange shorts
    # (the set), no pocket on the T-shirt, white backdrop. Base caption; QA, details and material from the VQA
    # fallback; reference engine.
    case(
        "X1048-046",
        caption("a little boy wearing an orange shirt with a tiger on it and grey shorts"),
        wearing("an orange shirt with a tiger on it and grey shorts", who="the boy"),
        color_of("shorts", "orange", "other_garment_color", kind="open"),
        color_of("t-shirt", "orange", kind="open"),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        material(
            "Question: What material is the garment made of? Answer: cotton Answer: cotton Answer: cotton Answer: "
            "cotton Answer:",
            "leak",
            hit_limit=True,
        ),
        garment_type("clothing set"),
        color("orange"),
        title="YK Boys Orange & Grey Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Orange",
        gender="Boys",
    ),
]
