"""BLIND_976 (46 products; Myntra infants' and kids' wear, caption + QA): written blind in the fifty-eighth session.
Measured blind at 041ab2e (the session's first rules): 105/157 failures found (66.9%) and 19/222 correct texts flagged
(8.6%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' feed (Rompers, Bodysuit, Night suits, Clothing Set, Kurta Sets, Dresses), one
catalog photo per product: mostly a baby or child standing or sitting on a white backdrop, wearing the product and
often things that are not sold with it (tights, tutus, joggers, caps, hairbands, socks, shoes, a purse, a teddy
bear); infant bodysuit and romper packs are flat-lays with no person. The job captions each photo, then answers
the questionnaire: open answers by extractive QA over the caption, closed answers by the reference engine.

Who wrote what: captions came from two shards of the night's run. Shard A used the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption): DeepFashion template sentences ("The person is wearing a short-sleeve
T-shirt with graphic patterns... The T-shirt is with cotton fabric and its neckline is round."), pattern words and
no hue names, its In-shop garment words (T-shirt, tank top, shirt, pants, dress, skirt, romper), sometimes "lady",
"gentleman", "her" or "his" whatever the child is, invented accessories and socks; trained without an end token it
ends on a newline only about half the time and otherwise runs to 50 tokens, looping its last sentence or cut
mid-word. Shard B used the untuned base Salesforce/blip2-opt-2.7b with the prompt "a photo of": short lowercase
captions with hues, good on the main color, but gets the child's sex wrong, picks the color of whatever fills the
frame, and invents beds, blankets and floors. Open answers (wearing, describe, details, print, material, a color
question asked open) are spans that timpal0l/mdeberta-v3-base-squad2 picked from the caption; where it returned the
null answer the job fell back to free generation with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, 30 tokens),
which seldom stops: it loops, is cut at the limit, or goes on into the next "Question: ... Answer:" turn, and now
and then stops on a newline after a short answer, a bare "yes", or nothing at all. Each product's comment says
which open answers were fallbacks. Closed answers (garment_type, color, pattern, sleeve_length, neckline, "Is this
a ...?") come from `enrich --engine reference`, one candidate value each, so they never loop or stop short.

Labeling conventions and judgement calls:
- One label per text, the failure a reader would fix first: a loop that is also cut at the limit is a loop; a
  fallback that leaks the next question is a leak even when its first words are wrong.
- An extractive span copied from a faulty caption carries its own label: a span that repeats a sentence is a loop,
  a span that ends where the caption was cut is a cut (hit_limit stays False: the span did not reach a limit).
- Two- and three-piece products (night suits, clothing sets, a frock sold with its T-shirt, a kurta set): a color or
  pattern of the whole garment is right when it is true of any piece sold, even where the seller's base colour names
  the other piece; a question that names one piece ("the color of the shorts") answered with another piece's or an
  unsold item's color is other_garment_color. A closed garment type naming one piece of a set ("t-shirt" for a
  night suit, "kurta" for a kurta set) is a contradiction of the seller's category.
- other_garment_color also covers closed color answers that give the color of tights, shorts, a purse or another
  item in the photo instead of the product's own.
- Garment words: captions and open answers are judged by what the garment looks like in the photo, so "top",
  "shirt", "onesie", "tank top" for a worn bodysuit, "pajamas" for a night suit, "overall" for a dungaree and "dress"
  for a frock are correct; closed garment types are judged against the seller's category. A text that makes a pack
  of two or three into one garment worn by a person is a contradiction.
- Color shades within the README's color group are correct (peach as pink, lavender as purple, teal as blue, cream
  as white, olive as green, maroon as red); peach called orange is a contradiction.
- Pronoun covers every wrong-sex word for the child, he/she/his/her, boy/girl and the adapter's lady/gentleman
  alike, on Boys and Girls rows; on Unisex rows and rows without gender no sex word is labeled. Adult words
  ("lady", "gentleman") with the right sex are not labeled.
- A material that the title contradicts or the photo cannot show (furry for velvet, chiffon for net, denim for
  corduroy or for a cotton bodysuit) is unsupported; "cotton" is right where the title says cotton.
- An invented accessory, prop, bed or blanket, or a print that is not there, is unsupported; a real accessory given
  as the garment's details (socks, sunglasses) is a contradiction.
- non_answer: one word or a bare yes to an open question, an empty span, a span about the pose or the backdrop
  given as the garment's details, and "graphic patterns" as the answer to what is printed.
- restated: the question's own words given back as the answer ("a shorts", "the romper is a romper", "the details
  of the bodysuit").
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, is_a, question, wearing

print_q = question("print", "What is printed on the garment?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_976 = [
    # photo: flat-lay on a white backdrop, front view: a navy blue half-sleeve romper with a small all-over print of
    # white anchors, white piping at the neck, snaps along the inner leg; no person. Caption: base (shard B); wearing
    # and print extractive; material fell back to the VQA adapter.
    case(
        "X976-001",
        caption("a navy blue baby romper with white anchors on it"),
        wearing("a navy blue baby romper with white anchors on it"),
        Q.color("navy blue"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("romper"),
        print_q("white anchors"),
        describe("romper", "baby romper", "restated"),
        Q.material(
            "cotton Question: What is the color of the romper? Answer: navy blue Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Babyhug Infant Boys Navy Blue Printed Cotton Romper",
        category="Rompers",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: a baby girl of about a year sitting on a white backdrop, front view: a pink sleeveless romper with small
    # white and yellow flowers, frilled shoulder straps, a matching pink headband with a bow; barefoot. Caption: the
    # epoch-3 caption adapter (shard A), looping; every open answer extractive.
    case(
        "X976-002",
        caption(
            "This person is wearing a sleeveless romper with floral patterns. The romper is with cotton fabric and its"
            " neckline is round. There is an accessory on her head. The romper is with cotton fabric and its neckline"
            " is round. The romper is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless romper with floral patterns", who="she"),
        D.details("There is an accessory on her head"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        is_a("romper", "yes"),
        describe(
            "romper",
            "a sleeveless romper with floral patterns. The romper is with cotton fabric and its neckline is round."
            " There is an accessory on her head. The romper is with cotton fabric and its neckline is round",
            "loop",
        ),
        Q.material("cotton fabric"),
        title="Hopscotch Girls Pink Floral Print Cotton Romper with Headband",
        category="Rompers",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay on a white backdrop: a mustard yellow long-sleeve footless romper with a hood that has two round
    # bear ears, a front zip, ribbed cuffs; no person. The feed row has no category. Caption: base (B); wearing and
    # details extractive; material fell back to the VQA adapter.
    case(
        "X976-003",
        caption("a yellow baby onesie with a hood and ears on a wooden floor", "unsupported"),
        wearing("a yellow baby onesie with a hood and ears"),
        Q.color("yellow"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("romper"),
        D.details("a hood and ears"),
        Q.pattern("solid"),
        Q.material(
            "cotton fleece with a soft lining inside the hood and the ears are stuffed with cotton and the zip is made",
            "cut",
            hit_limit=True,
        ),
        title="Mothercare Infants Unisex Mustard Solid Hooded Romper",
        color="Mustard",
        gender="Unisex",
    ),
    # photo: a toddler boy standing on a white backdrop, front view: a green half-sleeve romper with a big cartoon
    # dinosaur on the chest, shorts-length legs; white socks, white sneakers and a dark green cap (not sold).
    # Caption: adapter (A), cut at 50 tokens; open answers extractive.
    case(
        "X976-004",
        caption(
            "The person is wearing a short-sleeve romper with graphic patterns. The romper is with cotton fabric and"
            " its neckline is round. This person wears a hat. The person wears socks. The romper is of short length"
            " and the romper is with cotton fab",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve romper with graphic patterns", who="he"),
        Q.color("green"),
        Q.pattern("graphic"),
        color_of("romper", "white", "other_garment_color"),
        D.details("This person wears a hat", "contradiction"),
        Q.sleeve_length("short sleeves"),
        describe("romper", "The romper is of short length and the romper is with cotton fab", "cut"),
        title="Nauti Nati Boys Green Dinosaur Print Romper",
        category="Rompers",
        color="Green",
        gender="Boys",
    ),
    # photo: a girl of about two standing on a white backdrop, front view: a lavender short-sleeve romper with a white
    # Peter Pan collar and white buttons down the front, worn with white tights and pink shoes (not sold).
    # Caption: base (B); wearing and details extractive; material a VQA fallback that stopped on a newline.
    case(
        "X976-005",
        caption("a little girl wearing a white and purple romper with a white collar"),
        wearing("a white and purple romper with a white collar", who="she"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("romper"),
        Q.sleeve_length("short sleeves"),
        D.details("a white collar"),
        Q.pattern("floral", "contradiction"),
        Q.material("polyester", "unsupported"),
        title="Tiny Girl Lavender Cotton Romper with Peter Pan Collar",
        category="Rompers",
        color="Lavender",
        gender="Girls",
    ),
    # photo: a baby boy sitting on a white backdrop, front view: a grey melange sleeveless romper with thin navy
    # horizontal stripes and a small embroidered whale on the chest; barefoot, no toy. Caption: base (B); wearing
    # and details extractive; print fell back to the VQA adapter, which stopped on a newline.
    case(
        "X976-006",
        caption("a baby girl in a grey striped romper sitting on the floor", "pronoun"),
        wearing("a grey striped romper", who="he"),
        Q.pattern("striped"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        D.details("sitting on the floor", "non_answer"),
        print_q("a sailboat and a lighthouse", "unsupported"),
        title="Mini Klub Infant Boys Grey Melange Striped Romper",
        category="Rompers",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: flat-lay on a white backdrop: two short-sleeve rompers side by side, one white with small blue stars, one
    # plain sky blue; envelope necklines; no person. Caption: base (B); wearing extractive; material fell back to the
    # VQA adapter; details too (it stopped on a newline after "yes").
    case(
        "X976-007",
        caption("two baby rompers, one white and one blue"),
        wearing("two baby rompers"),
        Q.garment_type("romper"),
        Q.color("white"),
        is_a("romper", "yes"),
        Q.sleeve_length("short sleeves"),
        D.details("yes", "non_answer"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Mothercare Infants Unisex Pack of 2 Rompers",
        category="Rompers",
        color="White",
        gender="Unisex",
    ),
    # photo: a girl of about three standing on a white backdrop, front view: a red corduroy dungaree romper (shorts
    # length, two front buttons, a bib pocket) over a white short-sleeve T-shirt with a small red heart (sold
    # together); white sneakers. Caption: base (B); wearing and description extractive; material and details fell
    # back to the VQA adapter.
    case(
        "X976-008",
        caption("a little girl in a red overall and white t - shirt"),
        wearing("a red overall and white t - shirt", who="she"),
        color_of("dungaree", "white", "other_garment_color"),
        describe("dungaree", "a red overall"),
        Q.material("denim", "unsupported"),
        D.details(
            "the dungaree has two pockets on the front and a button on each strap and a heart on the t - shirt and"
            " the straps are",
            "cut",
            hit_limit=True,
        ),
        is_a("romper", "no", "contradiction"),
        title="Hopscotch Girls Red Corduroy Dungaree Romper with T-shirt",
        category="Rompers",
        color="Red",
        gender="Girls",
    ),
    # photo: a boy of about eighteen months standing on a white backdrop, front view: a blue-and-white checked
    # short-sleeve romper with a shirt collar, a button placket and shorts-length legs; brown sandals. Caption:
    # adapter (A), ended on a newline; open answers extractive.
    case(
        "X976-009",
        caption(
            "The person is wearing a short-sleeve romper with lattice patterns. The romper is with cotton fabric and"
            " it has a lapel neckline. The person wears sandals."
        ),
        wearing("a short-sleeve romper with lattice patterns", who="he"),
        Q.pattern("checked"),
        Q.color("blue"),
        describe("romper", "short-sleeve romper with lattice patterns. The romper is with cotton fabric"),
        neckline("collar"),
        Q.material("cotton fabric"),
        D.details("The person wears sandals", "contradiction"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="YK Infant Boys Blue Checked Cotton Romper",
        category="Rompers",
        color="Blue",
        gender="Boys",
    ),
    # photo: a baby girl of about nine months sitting on a white backdrop, front view: a peach romper with ruffled
    # cap sleeves, white lace trim at the neck and a small bow at the chest; a white headband; barefoot. Caption:
    # base (B); wearing and details extractive; description a VQA fallback that stopped on a newline.
    case(
        "X976-010",
        caption("a baby boy in a pink romper with a bow", "pronoun"),
        wearing("a pink romper with a bow", who="she"),
        Q.color("peach"),
        D.details("a bow"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("romper"),
        is_a("dress", "yes", "contradiction"),
        describe(
            "romper",
            "the romper is a romper",
            "restated",
        ),
        title="Gini and Jony Infant Girls Peach Ruffled Romper",
        category="Rompers",
        color="Peach",
        gender="Girls",
    ),
    # photo: flat-lay on a white backdrop: three short-sleeve bodysuits fanned out: plain white, grey melange, and
    # white with small grey elephants; envelope necks, snap crotch; no person. Caption: adapter (A), looping; open
    # answers extractive.
    case(
        "X976-011",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric"
            " and its neckline is round. The T-shirt is with cotton fabric and its neckline is round. The T-shirt is"
            " with cotton fabric and its",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("bodysuit"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton fabric"),
        is_a("bodysuit", "yes"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its"
            " neckline is round",
            "loop",
        ),
        title="Mothercare Infants Unisex Pack of 3 Pure Cotton Bodysuits",
        category="Bodysuit",
        color="White",
        gender="Unisex",
    ),
    # photo: a baby boy lying on his back on a white backdrop, top view: a royal blue long-sleeve bodysuit with a
    # red-and-yellow car on the chest, worn with grey joggers and white socks (not sold). Caption: base (B);
    # wearing and the open color extractive; print fell back to the VQA adapter.
    case(
        "X976-012",
        caption("a baby boy laying on a white blanket wearing a blue shirt and grey pants", "unsupported"),
        wearing("a blue shirt and grey pants", who="he"),
        color_of("bodysuit", "grey", "other_garment_color", kind="open"),
        Q.color("blue"),
        print_q(
            "a car with a yellow car and a red car and a yellow car and a red car and a yellow car and a red car",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("long sleeves"),
        D.details("laying on a white blanket", "non_answer"),
        title="Babyhug Infant Boys Blue Car Print Long Sleeve Bodysuit",
        category="Bodysuit",
        color="Blue",
        gender="Boys",
    ),
    # photo: a baby girl sitting on a white backdrop, front view: a light pink short-sleeve bodysuit with "Daddy's
    # Little Girl" in gold glitter letters, worn with a white tulle tutu skirt and a white headband (not sold).
    # Caption: base (B); wearing and print extractive; material fell back to the VQA adapter.
    case(
        "X976-013",
        caption("a baby girl wearing a pink shirt that says daddy's little girl"),
        wearing("a pink shirt that says daddy's little girl", who="she"),
        print_q("daddy's little girl"),
        Q.color("pink"),
        Q.garment_type("skirt", "contradiction"),
        color_of("bodysuit", "white", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        Q.material(
            "the tutu is made of tulle and the top is made of cotton with a glitter print on the front and the"
            " snaps are made of",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="Babyhug Infant Girls Pink Daddy's Little Girl Print Bodysuit",
        category="Bodysuit",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay on a white backdrop: an off-white sleeveless bodysuit with a small all-over print of tan
    # giraffes, envelope shoulders, three snaps at the crotch; no person. Caption: adapter (A), looping; details
    # and print extractive.
    case(
        "X976-014",
        caption(
            "The person is wearing a tank tank top with graphic patterns. The tank top is with cotton fabric and its"
            " neckline is suspenders. There is an accessory on her wrist. The person is wearing a tank tank top with"
            " graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        D.details("There is an accessory on her wrist", "unsupported"),
        Q.color("white"),
        Q.pattern("printed"),
        print_q("graphic patterns", "non_answer"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("bodysuit", "yes"),
        title="Mini Klub Infants Off White Giraffe Print Sleeveless Bodysuit",
        category="Bodysuit",
        color="Off White",
        gender="Unisex",
    ),
    # photo: a baby boy sitting on a white backdrop, front view: a navy blue sleeveless bodysuit with thin white
    # horizontal stripes and a small red anchor patch, worn with red cotton shorts (not sold); barefoot.
    # Caption: adapter (A), ended on a newline; wearing, details and material extractive; print a VQA fallback.
    case(
        "X976-015",
        caption(
            "The person is wearing a sleeveless tank top with stripe patterns and a shorts. The tank top is with"
            " cotton fabric. The shorts are with cotton fabric and pure color patterns. There is a ring on his"
            " finger.",
            "unsupported",
        ),
        wearing("a sleeveless tank top with stripe patterns and a shorts", who="he"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("tank top", "contradiction"),
        D.details("There is a ring on his finger", "unsupported"),
        Q.material("cotton fabric"),
        print_q(
            "a red anchor on the front and the back has a pocket with a button and the snaps at the bottom are made of",
            "cut",
            hit_limit=True,
        ),
        title="YK Infant Boys Navy Blue Striped Sleeveless Cotton Bodysuit",
        category="Bodysuit",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: a girl of about one standing at a low wooden stool on a white backdrop, front view: a mustard yellow
    # bodysuit with ruffled short sleeves and a round neck, worn with light blue denim shorts and white shoes (not
    # sold). Caption: base (B); wearing and material extractive; details fell back to the VQA adapter.
    case(
        "X976-016",
        caption("a little boy in a yellow top and jean shorts standing next to a wooden stool", "pronoun"),
        wearing("a yellow top and jean shorts", who="she"),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("shorts", "contradiction"),
        D.details(
            "ruffle sleeves, a round neckline with a ribbed trim, snap buttons at the bottom and the fabric is soft"
            " and the sleeves",
            "cut",
            hit_limit=True,
        ),
        Q.material("jean shorts", "unsupported"),
        title="Gini and Jony Girls Mustard Ruffle Sleeve Cotton Bodysuit",
        category="Bodysuit",
        color="Mustard",
        gender="Girls",
    ),
    # photo: flat-lay on a white backdrop: a plain grey melange long-sleeve bodysuit with fold-over mitten cuffs and
    # an envelope neck; no person. The feed row has no gender. Caption: base (B); wearing and description
    # extractive; material and details fell back to the VQA adapter (details stopped on a newline).
    case(
        "X976-017",
        caption("a grey baby onesie on a white background"),
        wearing("a grey baby onesie"),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long sleeves"),
        describe("bodysuit", "a grey baby onesie on a white background"),
        D.details("the details of the bodysuit", "restated"),
        Q.material(
            "cotton Question: What is the pattern of the bodysuit? Answer: solid Question: What is the sleeve length"
            " of",
            "leak",
            hit_limit=True,
        ),
        title="Chicco Infants Grey Melange Solid Long Sleeve Bodysuit",
        category="Bodysuit",
        color="Grey Melange",
    ),
    # photo: flat-lay on a white backdrop: two short-sleeve bodysuits, one olive green with a small white fox on the
    # chest, one plain white; no person. Caption: adapter (A), looping; details extractive.
    case(
        "X976-018",
        caption(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt"
            " is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.color("green"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("short sleeves"),
        D.details("its neckline is round"),
        is_a("bodysuit", "yes"),
        title="Babyhug Infant Boys Pack of 2 Olive Green & White Bodysuits",
        category="Bodysuit",
        color="Green",
        gender="Boys",
    ),
    # photo: a boy of about five standing on a white backdrop, front view: a navy blue long-sleeve night suit: a top
    # with a white-and-orange rocket, matching navy pyjamas with small white stars; barefoot. Caption: adapter (A),
    # ended on a newline; open answers extractive except print, a VQA fallback that stopped on a newline.
    case(
        "X976-019",
        caption(
            "The person is wearing a long-sleeve shirt with graphic patterns and a long pants. The shirt is with"
            " cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("a long-sleeve shirt with graphic patterns and a long pants", who="he"),
        Q.color("black", "contradiction"),
        Q.pattern("printed"),
        describe("night suit", "The shirt is with cotton fabric and its neckline is round"),
        D.details("round", "non_answer"),
        Q.garment_type("night suit"),
        color_of("pyjamas", "white", "other_garment_color"),
        print_q("an astronaut on the moon", "unsupported"),
        title="YK Boys Navy Blue Rocket Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: a girl of about six standing on a white backdrop, front view: a pink full-sleeve night suit: a top with
    # a big white unicorn with a rainbow mane, pink pyjamas with tiny white stars; pink hair clips; barefoot.
    # Caption: base (B); wearing, print and description extractive; material fell back to the VQA adapter.
    case(
        "X976-020",
        caption("a little girl in pink pajamas with a unicorn on it holding a pillow", "unsupported"),
        wearing("pink pajamas with a unicorn on it", who="she"),
        print_q("a unicorn"),
        Q.color("pink"),
        Q.pattern("graphic"),
        D.description("a little girl in pink pajamas with a unicorn on it"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material(
            "cotton and polyester with a soft brushed finish on the inside of the top and an elastic waistband on"
            " the pants and",
            "cut",
            hit_limit=True,
        ),
        title="Cherry Crumble Girls Pink Unicorn Print Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: a boy of about four standing on a white backdrop, front view: the night suit: a grey melange
    # short-sleeve T-shirt with a green dinosaur and black shorts with green piping; barefoot. Caption: base (B);
    # open answers extractive except material (VQA fallback).
    case(
        "X976-021",
        caption("a young boy wearing a grey shirt with a green dinosaur on it and black shorts"),
        wearing("a grey shirt with a green dinosaur on it and black shorts", who="he"),
        color_of("shorts", "grey", "other_garment_color"),
        Q.color("grey"),
        Q.garment_type("t-shirt", "contradiction"),
        D.details("a green dinosaur"),
        Q.sleeve_length("short sleeves"),
        describe("shorts", "black shorts"),
        Q.material(
            "cotton Question: What is the color of the shorts? Answer: black Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Hopscotch Boys Grey Melange & Black Dinosaur Print Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: a girl of about seven standing on a white backdrop, front view: a night suit: a white full-sleeve top
    # with small pink roses and a pink bow at the neck, solid pink pyjamas with floral cuffs; pink slippers.
    # Caption: adapter (A), cut at 50 tokens; open answers extractive.
    case(
        "X976-022",
        caption(
            "This lady is wearing a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton"
            " fabric and its neckline is round. The pants are with cotton fabric and solid color patterns. The pants"
            " are of long length and the shirt is with cot",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns and a long pants", who="she"),
        Q.color("pink"),
        color_of("pyjamas", "white", "other_garment_color"),
        Q.pattern("floral"),
        D.details("The pants are with cotton fabric and solid color patterns"),
        Q.material("cotton fabric"),
        describe("pyjamas", "a long pants", "restated"),
        title="Tiny Girl Girls Pink & White Floral Print Cotton Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: a child of about three standing on a white backdrop hugging a brown teddy bear, front view: a yellow
    # full-sleeve night suit with an all-over print of small green-and-white bananas, matching pyjamas; barefoot.
    # Caption: base (B); wearing and print extractive; details fell back to the VQA adapter.
    case(
        "X976-023",
        caption("a little boy holding a teddy bear wearing yellow pajamas"),
        wearing("yellow pajamas"),
        Q.color("yellow"),
        print_q("a teddy bear", "unsupported"),
        D.description("yellow pajamas"),
        color_of("pajamas", "brown", "other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        D.details(
            "the pajamas have long sleeves and ribbed cuffs at the wrists and ankles and a banana print on the top"
            " and the",
            "cut",
            hit_limit=True,
        ),
        title="Babyhug Unisex Kids Yellow Banana Print Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: a boy of about eight standing on a white backdrop, front view: a night suit: a white short-sleeve
    # T-shirt with a small red-and-black "SLEEP MODE" print, red-and-black buffalo-check pyjamas; black slides.
    # Caption: adapter (A), ended on a newline; open answers extractive.
    case(
        "X976-024",
        caption(
            "This lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is crew. The pants are with cotton fabric and lattice patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants", who="he"),
        Q.color("white"),
        color_of("pyjamas", "white", "other_garment_color"),
        Q.pattern("checked"),
        describe("pyjamas", "The pants are with cotton fabric and lattice patterns"),
        print_q("graphic patterns", "non_answer"),
        title="Allen Solly Junior Boys White & Red Checked Night Suit",
        category="Night suits",
        color="Red",
        gender="Boys",
    ),
    # photo: a girl of about ten standing on a white backdrop, front view: a lavender satin night suit: a
    # short-sleeve notched-collar shirt with white piping and a chest pocket, matching shorts; white slippers; no
    # bed or furniture. Caption: base (B); open answers extractive.
    case(
        "X976-025",
        caption("a girl in a purple satin pajama set with white trim sitting on a bed", "unsupported"),
        wearing("a purple satin pajama set with white trim", who="she"),
        Q.material("satin"),
        Q.color("lavender"),
        Q.sleeve_length("long sleeves", "contradiction"),
        D.details("white trim"),
        Q.pattern("solid"),
        describe("night suit", "satin", "non_answer"),
        color_of("shorts", "white", "other_garment_color"),
        title="H&M Girls Lavender Satin Shirt and Shorts Pyjama Set",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: a boy of about six standing on a white backdrop, front view: a teal blue short-sleeve top with a grey
    # shark, grey-and-teal striped long pyjamas; barefoot. Caption: adapter (A), looping; open answers extractive.
    case(
        "X976-026",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is"
            " with cotton fabric and its neckline is round. The pants are with cotton fabric and stripe patterns. The"
            " gentleman is wearing a short-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants", who="he"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        color_of("T-shirt", "grey", "other_garment_color"),
        Q.material("cotton fabric"),
        D.details("The gentleman is wearing a short-sleeve T-shirt with graphic", "cut"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Gini and Jony Boys Teal Blue Shark Print Cotton Night Suit",
        category="Night suits",
        color="Teal",
        gender="Boys",
    ),
    # photo: a girl of about five sitting cross-legged on a white backdrop, front view: a peach sleeveless top with a
    # grey cat face and peach-and-white striped shorts (the night suit); a white hairband; barefoot. Caption: base
    # (B); wearing and print extractive; details and material fell back to the VQA adapter (material stopped on a
    # newline).
    case(
        "X976-027",
        caption("a little girl sitting on the floor wearing an orange shirt with a cat on it", "contradiction"),
        wearing("an orange shirt with a cat on it", "contradiction", who="she"),
        Q.color("peach"),
        print_q("a cat"),
        Q.sleeve_length("sleeveless"),
        D.details(
            "cat face on the shirt, striped shorts with an elastic waist, a bow on the neckline and lace on the"
            " hem of the",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.material("satin", "unsupported"),
        title="Nauti Nati Girls Peach Cat Print Shorts Night Suit",
        category="Night suits",
        color="Peach",
        gender="Girls",
    ),
    # photo: a boy of about four standing on a white backdrop, front view: a navy blue short-sleeve T-shirt with a
    # white "ROAR" and a lion face, grey melange knit shorts with a drawstring (the set); white sneakers. Caption:
    # base (B); wearing and the open color extractive; print fell back to the VQA adapter.
    case(
        "X976-028",
        caption("a little girl wearing a blue t - shirt and grey shorts", "pronoun"),
        wearing("a blue t - shirt and grey shorts", who="he"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        color_of("shorts", "grey"),
        Q.color("navy blue"),
        print_q(
            "roar roar roar roar roar roar roar roar roar roar roar roar roar roar roar roar roar roar roar roar roar"
            " roar roar roar roar roar roar roar roar roar",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        describe("shorts", "shorts", "restated"),
        title="YK Boys Navy Blue & Grey Melange Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: a girl of about three standing on a white backdrop, front view: a pink long-sleeve top with a flared hem
    # and a white bunny applique, white-and-pink striped leggings (the set); pink ballet flats; nothing on her
    # wrists. Caption: adapter (A), ended on a newline; open answers extractive.
    case(
        "X976-029",
        caption(
            "The person is wearing a long-sleeve shirt with graphic patterns and a leggings. The shirt is with cotton"
            " fabric and its neckline is round. The leggings are with cotton fabric and stripe patterns. There is an"
            " accessory on her wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with graphic patterns and a leggings", who="she"),
        Q.color("pink"),
        color_of("leggings", "pink"),
        color_of("top", "white", "other_garment_color"),
        describe("leggings", "The leggings are with cotton fabric and stripe patterns"),
        D.details("There is an accessory on her wrist", "unsupported"),
        Q.sleeve_length("long sleeves"),
        is_a("dress", "no"),
        title="Babyhug Girls Pink Top with Striped Leggings",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: a boy of about six standing on a white backdrop, front view: a cream kurta and cream churidar under a
    # maroon brocade sleeveless Nehru jacket (all three sold); brown mojaris. Caption: base (B); wearing and details
    # extractive; material fell back to the VQA adapter.
    case(
        "X976-030",
        caption("a young boy wearing a white kurta and a red vest"),
        wearing("a white kurta and a red vest", who="he"),
        Q.color("white"),
        color_of("jacket", "white", "other_garment_color"),
        Q.garment_type("kurta", "contradiction"),
        Q.material(
            "silk Question: What is the color of the jacket? Answer: maroon Question: What is the pattern of the",
            "leak",
            hit_limit=True,
        ),
        D.details("a red vest"),
        is_a("kurta", "yes"),
        title="Manyavar Boys Cream & Maroon Kurta with Churidar and Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: a boy of about two standing on a white backdrop, front view: a light blue short-sleeve collared shirt
    # with a navy bow tie, khaki shorts with navy suspenders (shirt, shorts, suspenders and bow tie sold together);
    # brown loafers. Caption: adapter (A), cut at 50 tokens; open answers extractive.
    case(
        "X976-031",
        caption(
            "The person is wearing a short-sleeve shirt with pure color patterns and a shorts. The shirt is with"
            " cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure color patterns."
            " There is an accessory on his neck. The person",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a shorts", who="he"),
        Q.color("blue"),
        color_of("shorts", "blue", "other_garment_color"),
        D.details("There is an accessory on his neck"),
        Q.sleeve_length("short sleeves"),
        describe("shorts", "a shorts", "restated"),
        is_a("romper", "no"),
        title="Babyhug Boys Blue & Khaki Shirt with Shorts, Suspenders and Bow Tie",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: a girl of about eight standing on a white backdrop, front view: a yellow sleeveless top with white
    # smocking and a ruffle hem, mid-blue denim shorts with frayed hems (the set); white sandals; sunglasses pushed
    # up on her head (not sold). Caption: base (B); open answers extractive.
    case(
        "X976-032",
        caption("a girl in a yellow top and denim shorts with sunglasses on her head"),
        wearing("a yellow top and denim shorts", who="she"),
        Q.color("yellow"),
        color_of("shorts", "yellow", "other_garment_color"),
        Q.material("denim"),
        D.details("sunglasses on her head", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        describe("top", "a yellow top"),
        title="Cherry Crumble Girls Yellow Smocked Top with Denim Shorts",
        category="Clothing Set",
        color="Yellow",
        gender="Girls",
    ),
    # photo: a boy of about seven standing on a white backdrop, front view: an olive green short-sleeve T-shirt with
    # a small black "EXPLORE" print and black joggers with olive side stripes (the set); an olive cap and white
    # sneakers (not sold). Caption: adapter (A), ended on a newline; open answers extractive except print (VQA
    # fallback).
    case(
        "X976-033",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton"
            " fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is a"
            " hat on her head.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants", who="he"),
        D.details("There is a hat on her head", "pronoun"),
        Q.color("green"),
        color_of("pants", "green", "other_garment_color"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("short sleeves"),
        print_q(
            "explore Question: What is printed on the pants? Answer: a stripe Question: What is the color of the cap?",
            "leak",
            hit_limit=True,
        ),
        title="Pepe Jeans Kids Boys Olive Green & Black T-shirt with Joggers",
        category="Clothing Set",
        color="Olive",
        gender="Boys",
    ),
    # photo: a girl of about four standing on a white backdrop, front view: a white-and-navy striped short-sleeve
    # T-shirt and a red flared skirt with white polka dots (the set); red shoes, a red hairband. Caption: base (B);
    # open answers extractive except material and details, VQA fallbacks (details stopped on a newline after "yes").
    case(
        "X976-034",
        caption("a little girl in a striped shirt and a red skirt with white polka dots"),
        wearing("a striped shirt and a red skirt with white polka dots", who="she"),
        Q.color("red"),
        color_of("skirt", "red"),
        Q.pattern("polka dots"),
        describe("skirt", "red skirt with white polka dots"),
        color_of("t-shirt", "red", "other_garment_color", kind="open"),
        D.details("yes", "non_answer"),
        Q.material(
            "cotton cotton cotton cotton cotton blend cotton blend cotton blend cotton blend cotton blend cotton"
            " blend cotton blend cotton blend cotton blend",
            "loop",
            hit_limit=True,
        ),
        title="Hopscotch Girls Striped T-shirt with Polka Dot Skirt",
        category="Clothing Set",
        color="Multi",
        gender="Girls",
    ),
    # photo: a baby boy of about nine months sitting on a white backdrop, front view: a white short-sleeve bodysuit
    # with a small blue whale under a mid-blue denim dungaree (the set); white socks (not sold). Caption: adapter
    # (A), ended on a newline; open answers extractive except print, a VQA fallback that stopped on a newline.
    case(
        "X976-035",
        caption(
            "The person is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with"
            " cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. The"
            " person wears socks."
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants", who="the baby"),
        Q.color("white"),
        color_of("dungaree", "white", "other_garment_color"),
        Q.material("denim fabric"),
        D.details("The person wears socks", "contradiction"),
        Q.sleeve_length("short sleeves"),
        is_a("romper", "no"),
        print_q("she has a whale on her shirt", "pronoun"),
        title="Babyhug Infant Boys White Bodysuit with Denim Dungaree",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: a girl of about nine standing on a white backdrop, front view: a green straight kurta with gold foil
    # print and three-quarter sleeves, white palazzos, a green-and-gold dupatta over one shoulder (all three sold);
    # gold juttis. Caption: base (B); wearing and details extractive; material and description fell back to the VQA
    # adapter (the description is empty: it produced only a newline).
    case(
        "X976-036",
        caption("a young girl in a green and gold outfit with white pants and a scarf"),
        wearing("a green and gold outfit with white pants and a scarf", who="she"),
        Q.color("green"),
        color_of("palazzo", "green", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material(
            "cotton Question: What is the pattern of the kurta? Answer: printed Question: What is the color of the"
            " dupatta? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details("a scarf"),
        Q.pattern("printed"),
        describe("kurta", "", "non_answer"),
        title="Biba Girls Green Foil Print Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: a boy of about ten standing on a white backdrop, front view: a black long-sleeve hooded sweatshirt with
    # a white "NYC 1986" print, hood down, kangaroo pocket, grey melange track pants with black side panels (the
    # set); black sneakers. Caption: adapter (A), looping; open answers extractive except print (VQA fallback).
    case(
        "X976-037",
        caption(
            "The person is wearing a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is"
            " with cotton fabric and it has a hooded neckline. The pants are with cotton fabric and pure color"
            " patterns. The pants are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns and a long pants", who="he"),
        Q.color("black"),
        color_of("pants", "grey"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure",
            "loop",
        ),
        Q.garment_type("clothing set"),
        describe("track pants", "a long pants", "restated"),
        Q.material("cotton fabric"),
        print_q(
            "new york city 1986 Question: What is the color of the hood? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Allen Solly Junior Boys Black & Grey Cotton Hooded Sweatshirt with Track Pants",
        category="Clothing Set",
        color="Black",
        gender="Boys",
    ),
    # photo: a girl of about four standing on a white backdrop, front view: a red short-sleeve fit-and-flare frock
    # with small white and yellow flowers and a white lace collar, worn with white tights and red shoes (not sold).
    # Caption: base (B); wearing, description and the open color extractive; material and print fell back to the
    # VQA adapter (print stopped on a newline).
    case(
        "X976-038",
        caption("a little girl wearing a red dress with white flowers and white tights"),
        wearing("a red dress with white flowers and white tights", who="she"),
        Q.color("red"),
        Q.pattern("floral"),
        D.description("a red dress with white flowers"),
        color_of("frock", "white", "other_garment_color", kind="open"),
        neckline("v-neck", "contradiction"),
        print_q("strawberries", "unsupported"),
        Q.material(
            "cotton and lace Question: What is the pattern of the dress? Answer: floral Question: Is this a dress?",
            "leak",
            hit_limit=True,
        ),
        title="Gini and Jony Girls Red Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: a girl of about six standing on a white backdrop, front view: a mustard yellow sleeveless knee-length
    # A-line frock with a white round collar and a row of white buttons; white sandals; nothing on her wrists.
    # Caption: adapter (A), looping; open answers extractive.
    case(
        "X976-039",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its"
            " neckline is round. The dress is of knee length. There is an accessory on her wrist. The lady wears a"
            " sleeveless dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        D.details("There is an accessory on her wrist", "unsupported"),
        Q.color("yellow"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("frock", "The dress is of knee length"),
        Q.material("cotton fabric"),
        title="Tiny Girl Girls Mustard Yellow Cotton A-Line Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: a girl of about five on a white backdrop, three-quarter view: a navy blue short-sleeve fit-and-flare
    # frock with white polka dots and a pink waist belt tied in a bow, a pink hairband, white shoes. Caption: base
    # (B); open answers extractive except material (VQA fallback).
    case(
        "X976-040",
        caption("a little girl in a blue and white polka dot dress with a pink bow"),
        wearing("a blue and white polka dot dress", who="she"),
        Q.color("pink", "contradiction"),
        Q.pattern("polka dots"),
        D.details("a pink bow"),
        describe("frock", "a blue and white polka dot dress with a pink bow"),
        neckline("collar", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material(
            "cotton with a soft lining and a zip at the back and the belt is made of satin and the bow is made of",
            "cut",
            hit_limit=True,
        ),
        title="Nauti Nati Girls Navy Blue Polka Dot Fit and Flare Dress with Belt",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: a girl of about three standing on a white backdrop, front view: a baby-pink sleeveless party frock with a
    # silver sequinned bodice and a layered net skirt to mid-calf; a pink flower hair clip; silver shoes. Caption:
    # adapter (A), ended on a newline; open answers extractive.
    case(
        "X976-041",
        caption(
            "The person is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and"
            " its neckline is round. The dress is of long length. There is an accessory on her head.",
            "unsupported",
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        Q.material("chiffon fabric", "unsupported"),
        Q.color("pink"),
        D.details("There is an accessory on her head"),
        Q.pattern("embellished"),
        Q.garment_type("skirt", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="Hopscotch Girls Pink Sequinned Net Fit and Flare Party Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: a girl of about two standing on a white backdrop, front view: a white cotton frock with eyelet
    # (schiffli) embroidery and flutter sleeves, no sash; white sandals; she holds a small pink purse (not sold).
    # Caption: base (B); wearing extractive; details and description fell back to the VQA adapter (the description
    # stopped on a newline).
    case(
        "X976-042",
        caption("a little girl in a white dress holding a pink purse"),
        wearing("a white dress", who="she"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        D.details(
            "the dress has a lot of holes in it and the dress has a lot of holes in it and the dress has a lot of",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        D.description("he is wearing a white dress with holes in it", "pronoun"),
        title="Mothercare Girls White Schiffli Embroidered Cotton Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: a girl of about five standing on a white backdrop, front view: a mid-blue denim pinafore frock with two
    # front pockets and button straps over a white short-sleeve T-shirt with a red cherry print (the T-shirt is sold
    # with it); red sneakers. Caption: adapter (A), ended on a newline; open answers extractive.
    case(
        "X976-043",
        caption(
            "The person is wearing a short-sleeve T-shirt with graphic patterns and a skirt. The T-shirt is with cotton"
            " fabric and its neckline is round. The skirt is with denim fabric and pure color patterns. The skirt is"
            " of knee length.",
            "contradiction",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="she"),
        color_of("pinafore", "white", "other_garment_color"),
        Q.color("blue"),
        Q.material("denim fabric"),
        is_a("dress", "no", "contradiction"),
        Q.sleeve_length("short sleeves"),
        describe("pinafore", "The skirt is with denim fabric and pure color patterns"),
        D.details("The skirt is of knee length"),
        title="Pepe Jeans Kids Girls Blue Denim Pinafore Dress with T-shirt",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: a girl of about seven standing on a white backdrop, front view: a green-and-white gingham frock with puff
    # short sleeves, a white Peter Pan collar and a tie belt, knee length; white socks, black shoes. Caption: base
    # (B); wearing and description extractive; details and material fell back to the VQA adapter.
    case(
        "X976-044",
        caption("a young girl in a green and white checkered dress with a red bow in her hair", "unsupported"),
        wearing("a green and white checkered dress", who="she"),
        Q.color("green"),
        Q.pattern("checked"),
        D.details(
            "the dress has a white collar and a belt that ties at the back and puff sleeves with elastic and the"
            " skirt is",
            "cut",
            hit_limit=True,
        ),
        describe("frock", "a green and white checkered dress"),
        Q.sleeve_length("short sleeves"),
        Q.material(
            "cotton Question: What is the sleeve length of the garment? Answer: short sleeves Question: What is",
            "leak",
            hit_limit=True,
        ),
        neckline("collar"),
        title="Gini and Jony Girls Green & White Checked A-Line Dress",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: a girl of about four standing on a white backdrop, front view: a maroon velvet long-sleeve knee-length
    # frock with a cream lace collar and a cream satin bow at the waist; black tights and black shoes (not sold).
    # Caption: adapter (A), looping; open answers extractive.
    case(
        "X976-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric and its"
            " neckline is round. The dress is of knee length. The person wears socks. The dress is with furry fabric"
            " and its neckline is round. The dress is of knee",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        Q.material("furry fabric", "unsupported"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        describe("frock", "The dress is of knee length"),
        D.details("The person wears socks", "contradiction"),
        title="Cherry Crumble Girls Maroon Velvet Dress with Lace Collar",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: a girl of about eight standing on a white backdrop, front view: a short-sleeve T-shirt dress with
    # horizontal rainbow stripes (red, orange, yellow, green, blue) and a white patch pocket with a rainbow; white
    # sneakers. The feed row has no base colour. Caption: base (B); wearing and description extractive; details and
    # material fell back to the VQA adapter.
    case(
        "X976-046",
        caption("a girl wearing a rainbow striped t - shirt dress"),
        wearing("a rainbow striped t - shirt dress", who="she"),
        Q.color("multi"),
        Q.pattern("striped"),
        Q.garment_type("t-shirt", "contradiction"),
        D.details(
            "the dress has a small pocket on the front with a rainbow on it and the sleeves are short and the hem is",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        describe("dress", "dress", "restated"),
        Q.material(
            "cotton Question: What is the pattern of the dress? Answer: striped Question: Is this a t - shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="YK Girls Multicoloured Striped T-shirt Dress",
        category="Dresses",
        gender="Girls",
    ),
]
