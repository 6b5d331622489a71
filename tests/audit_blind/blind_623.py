"""BLIND_623 (46 products; Myntra women's activewear and sports shoes, caption then extractive QA): written blind in the
fifty-third session. Measured blind at 97c0ae7 (the session's third rules): 90/136 failures found (66.2%) and 10/199
correct texts flagged (5.0%). The writer's notes, verbatim:

Scenario: a night's enrichment of a Myntra-like feed of women's activewear (sports bras, leggings and tights, track
pants, tees and tank tops, shorts, track and running jackets) and women's sports and casual shoes. Apparel photos are
catalog shots of a model on a white backdrop, usually wearing a second garment (a tee over the leggings, a bra under
an open jacket); shoe photos are the shoe or the pair alone on white, side or top view. The default questionnaire:
a caption, then the open questions (wearing, description, details, material) answered by the extractive QA model
over the caption, and the closed ones (garment type, color, pattern, sleeve length) picked by `--engine reference`.

Who wrote what: captions come from two writers. Nineteen products were captioned by the epoch-1 caption adapter
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch): DeepFashion template sentences ("The lady wears ... with pure color
patterns", "The leggings are with cotton fabric", "There is an accessory on her wrist") with some hue words kept
from the base; it never stops, so every one of its captions runs to the 50-token limit and ends cut, looping, or,
since its training text held the prompt, going on into a new "Question: ... Answer:" turn. The other products were
captioned by the untuned blip2-opt-2.7b: short, stopping cleanly, but giving a color to the wrong garment, calling
a woman "a man", and inventing props and floors. Open answers are spans the extractive model
(mdeberta-v3-base-squad2) copied from the caption, so they carry the caption's errors, and sometimes pick a span
that only echoes the question or a single word, or nothing. Closed answers are one candidate each, never cut.

Labeling conventions and judgement calls:
- Every text is labeled on its own: an answer that copies a caption's wrong color or invented claim is labeled
  even though the caption is labeled too.
- One label per text. A caption that ran to the limit is labeled by how it ends (cut, loop, leak); the template's
  invented fabric or accessory inside it is then labeled on the answers that extract it. A limit-length caption
  that happens to end on a full stop is labeled by its content, and is correct when its content is right.
- hit_limit is set on captions only (all of the adapter's): extractive answers have no token limit, so a span cut
  mid-phrase from a cut caption is labeled cut without hit_limit.
- Material: the template's "cotton fabric" is unsupported unless the seller's title names cotton (or leather for a
  shoe); mesh panels that are plainly visible count as supported. Material is left out where the caption says none.
- A span that is only the question's echo ("The woman is wearing", "a woman wearing") is restated; an empty span or
  a single word ("pink", "jogger", "adidas") to an open question is non_answer.
- Another garment's color given to the product (closed color, or an open span about the tee for the leggings) is
  other_garment_color; a wrong color no garment in the photo has, a wrong garment type, pattern or sleeve length, or
  "sweater" or "sweatshirt" for a zip hooded jacket, is contradiction.
- "a man", "his", "gentleman" for a Women's product count as pronoun failures.
- Shades and synonyms are correct: navy as blue, lavender as purple, olive as green, teal for a seller's "Blue",
  charcoal or melange as grey, tights as leggings, "three-point pants" for capris, shoes for sneakers.
- A small logo, side stripe or piping does not make a solid garment printed; a title that names a print or stripes
  decides it. Labels follow the photo where the seller's color is off (teal sold as Blue).
- "What is the person wearing?" on a shoe-only photo answered with the shoe is correct.
- Not every product carries every question (4-8 answers each); sleeve length is never asked of bottoms or shoes.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_623 = [
    # photo: black Nike racerback sports bra, small white swoosh on the band, black leggings, white backdrop, front
    # view; caption by the untuned base, answers by extractive QA and the reference engine
    case(
        "X623-001",
        caption("a woman wearing a black nike sports bra and black leggings"),
        Q.wearing("a black nike sports bra and black leggings"),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("printed", "contradiction"),
        Q.description("black nike sports bra"),
        Q.details("a woman wearing", "restated"),
        title="Nike Women Black Swoosh Medium Support Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: pink Puma sports bra with a black elastic band printed PUMA, grey melange leggings, no jewelry, white
    # backdrop, front view; caption by the epoch-1 caption adapter (cut at the limit), answers extractive/reference
    case(
        "X623-002",
        caption(
            "The lady wears a pink sleeveless sports bra with solid color patterns and a long leggings. The sports bra "
            "is with cotton fabric. The leggings are with cotton fabric and pure color patterns. There is an accessory "
            "on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a pink sleeveless sports bra with solid color patterns and a long leggings"),
        Q.garment_type("sports bra"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.description("pink sleeveless sports bra with solid color patterns"),
        Q.details("There is an accessory on her wrist", "unsupported"),
        Q.material("cotton", "unsupported"),
        title="Puma Women Pink dryCELL Training Sports Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: navy sports bra with an all-over white geometric print, black shorts, white backdrop, front view;
    # caption by the untuned base, answers extractive/reference
    case(
        "X623-003",
        caption("a woman wearing a blue and white sports bra and black shorts"),
        Q.wearing("a blue and white sports bra and black shorts"),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        Q.description("blue and white sports bra"),
        Q.details("black shorts", "other_garment_color"),
        title="HRX by Hrithik Roshan Women Navy Blue Printed Rapid-Dry Sports Bra",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lavender padded sports bra with cross-back straps, matching lavender leggings, back view, white
    # backdrop; caption by the untuned base, answers extractive/reference
    case(
        "X623-004",
        caption("the back of a woman in a purple sports bra"),
        Q.wearing("a purple sports bra"),
        Q.garment_type("bra"),
        Q.color("pink", "contradiction"),
        Q.pattern("solid"),
        Q.description("purple sports bra"),
        Q.details("", "non_answer"),
        title="Enamor Women Lavender Cross-Back Padded Sports Bra",
        category="Bra",
        color="Lavender",
        gender="Women",
    ),
    # photo: black sports bra with white straps under an open grey zip jacket, black tights, white backdrop, front
    # view; caption by the epoch-1 adapter (loops back to its first sentence), answers extractive/reference
    case(
        "X623-005",
        caption(
            "The woman is wearing a grey long-sleeve jacket with solid color patterns and a black sports bra. The "
            "jacket is with cotton fabric and its zipper is open. The sports bra is with cotton fabric. The woman is "
            "wearing a grey long-sleeve jacket with solid color",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a grey long-sleeve jacket with solid color patterns and a black sports bra"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        Q.pattern("colour block"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("black sports bra"),
        Q.material("cotton fabric", "unsupported"),
        title="Reebok Women Black Workout Ready Sports Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: white Adidas sports bra, three black stripes on the straps, black leggings with three white side
    # stripes, white backdrop, front view; caption by the untuned base, answers extractive/reference
    case(
        "X623-006",
        caption("a woman in a white adidas sports bra and black leggings with white stripes"),
        Q.wearing("a white adidas sports bra and black leggings with white stripes"),
        Q.garment_type("sports bra"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("white adidas sports bra"),
        Q.details("adidas", "non_answer"),
        title="ADIDAS Women White Don't Rest Alphaskin Sports Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: black full-length Nike tights, grey cropped tee, white sneakers, white backdrop, front view; caption by
    # the epoch-1 adapter (cut), answers extractive/reference
    case(
        "X623-007",
        caption(
            "The lady wears a grey short-sleeve T-shirt with pure color patterns and a black long leggings. The "
            "T-shirt is with cotton fabric and its neckline is round. The leggings are with cotton fabric and solid "
            "color patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a grey short-sleeve T-shirt with pure color patterns and a black long leggings"),
        Q.garment_type("leggings"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("black long leggings"),
        Q.details("The lady wears a pair of", "cut"),
        Q.material("cotton fabric", "unsupported"),
        title="Nike Women Black Dri-FIT One Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: heathered grey ankle-length leggings with a black PUMA logo on the thigh, black sports bra, side view,
    # white backdrop; caption by the untuned base, answers extractive/reference
    case(
        "X623-008",
        caption("a woman in a black sports bra and grey leggings"),
        Q.wearing("a black sports bra and grey leggings"),
        Q.garment_type("sports bra", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("grey leggings"),
        Q.details("black sports bra", "other_garment_color"),
        title="Puma Women Grey Melange Essentials Logo Leggings",
        category="Leggings",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black leggings with an all-over pink and blue abstract print, black tank top, white backdrop, front
    # view; caption by the untuned base, answers extractive/reference
    case(
        "X623-009",
        caption("a woman in a black tank top and colorful leggings"),
        Q.wearing("a black tank top and colorful leggings"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.description("colorful leggings"),
        Q.details("a black tank top", "other_garment_color"),
        title="HRX by Hrithik Roshan Women Black & Pink Printed Rapid-Dry Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: navy tights with three white stripes down the side, white tee, side view, white backdrop; caption by the
    # epoch-1 adapter (runs on into a Question/Answer turn), answers extractive/reference
    case(
        "X623-010",
        caption(
            "The woman wears a white short-sleeve T-shirt and a navy blue leggings with striped patterns. The "
            "leggings are with cotton fabric. Question: What is the color of the leggings? Answer: The leggings are "
            "navy blue. Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("The woman wears", "restated"),
        Q.garment_type("leggings"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.description("navy blue leggings with striped patterns"),
        Q.details("Answer: The leggings are navy blue", "leak"),
        Q.material("cotton fabric", "unsupported"),
        title="Adidas Women Navy Blue Believe This Climalite Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: clearly mid-grey charcoal leggings, white tee, white backdrop, front view; caption by the untuned base
    # (calls the leggings black), answers extractive/reference
    case(
        "X623-011",
        caption("a woman wearing a white t-shirt and black leggings", "contradiction"),
        Q.wearing("a white t-shirt and black leggings", "contradiction"),
        Q.garment_type("leggings"),
        Q.color("grey"),
        Q.description("black leggings", "contradiction"),
        Q.details("white t-shirt", "other_garment_color"),
        title="Jockey Women Charcoal Grey Cotton Stretch Leggings",
        category="Leggings",
        color="Charcoal",
        gender="Women",
    ),
    # photo: teal leggings with black mesh panels at the calves (seller says Blue), black sports bra, white
    # sneakers, white backdrop; caption by the epoch-1 adapter, at the limit but ending on a full stop
    case(
        "X623-012",
        caption(
            "The woman is wearing a black sleeveless sports bra and a teal long leggings. The leggings are with mesh "
            "fabric and solid color patterns. The woman wears a pair of white sneakers. There is a black mesh panel "
            "on the leggings.",
            hit_limit=True,
        ),
        Q.wearing("a black sleeveless sports bra and a teal long leggings"),
        Q.garment_type("leggings"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("teal long leggings"),
        Q.details("a black mesh panel on the leggings"),
        Q.material("mesh fabric"),
        title="Reebok Women Blue Lux Training Tights",
        category="Tights",
        color="Blue",
        gender="Women",
    ),
    # photo: short-haired model in maroon leggings and a black tee, white backdrop, front view; caption by the
    # untuned base (calls her a man), answers extractive/reference
    case(
        "X623-013",
        caption("a man in a black t-shirt and maroon leggings", "pronoun"),
        Q.wearing("a black t-shirt and maroon leggings"),
        Q.garment_type("track pants", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("maroon leggings"),
        Q.details("a man in a black t-shirt", "pronoun"),
        title="Proline Active Women Maroon Solid Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: black three-quarter capri leggings with a white printed side panel, coral tank top, white backdrop,
    # side view; caption by the epoch-1 adapter (loops), answers extractive/reference
    case(
        "X623-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point pants. The tank top is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns. The pants are with cotton "
            "fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless tank top with pure color patterns and a three-point pants"),
        Q.garment_type("track pants", "contradiction"),
        Q.color("orange", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        Q.description("three-point pants"),
        Q.details(
            "cotton fabric and pure color patterns. The pants are with cotton fabric and pure color patterns", "loop"
        ),
        Q.material("cotton", "unsupported"),
        title="FILA Women Black Printed Capris",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # photo: black jogger track pants with ribbed cuffs and a small white swoosh, white cropped sweatshirt, white
    # sneakers, white backdrop; caption by the untuned base, answers extractive/reference
    case(
        "X623-015",
        caption("a woman in a white sweatshirt and black jogger pants"),
        Q.wearing("a white sweatshirt and black jogger pants"),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("black jogger pants"),
        Q.details("jogger", "non_answer"),
        title="Nike Women Black AS NSW Gym Vintage Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: navy track pants with a white stripe down each leg, grey round-neck tee, side view, white backdrop;
    # caption by the epoch-1 adapter (cut), answers extractive/reference
    case(
        "X623-016",
        caption(
            "This woman is wearing a grey short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt "
            "is with cotton fabric and its neckline is round. The pants are with cotton fabric and striped patterns. "
            "There is a white stripe on the side of the",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("This woman is wearing", "restated"),
        Q.garment_type("track pants"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.description("a long pants"),
        Q.details("There is a white stripe on the side of the", "cut"),
        Q.material("cotton fabric"),
        title="Puma Women Navy Blue Cotton Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green joggers, black tank top, white sneakers, white backdrop, front view; caption by the untuned
    # base, answers extractive/reference; the feed row has no color column
    case(
        "X623-017",
        caption("a woman in a black tank top and green pants"),
        Q.wearing("a black tank top and green pants"),
        Q.garment_type("track pants"),
        Q.color("black", "other_garment_color"),
        Q.description("green pants"),
        Q.details("pants", "non_answer"),
        title="HRX by Hrithik Roshan Women Olive Green Solid Joggers",
        category="Track Pants",
        gender="Women",
    ),
    # photo: grey melange track pants with three black side stripes, black zipped track jacket with stand collar,
    # short-haired model, white backdrop; caption by the epoch-1 adapter (calls her a gentleman, limit reached on a
    # full stop), answers extractive/reference
    case(
        "X623-018",
        caption(
            "The gentleman is wearing a long-sleeve jacket with solid color patterns and a long pants. His jacket is "
            "with cotton fabric and it has a stand collar. The pants are with cotton fabric and striped patterns. "
            "There is a zipper on his jacket.",
            "pronoun",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve jacket with solid color patterns and a long pants"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("grey"),
        Q.pattern("striped"),
        Q.description("a long pants"),
        Q.details("There is a zipper on his jacket", "pronoun"),
        Q.material("cotton fabric", "unsupported"),
        title="ADIDAS Women Grey Melange Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black track pants with thin red piping down the side, red tee, white backdrop, front view; caption by
    # the untuned base (gives the pants the tee's red), answers extractive/reference
    case(
        "X623-019",
        caption("a woman in a red t-shirt and red pants", "other_garment_color"),
        Q.wearing("a red t-shirt and red pants", "other_garment_color"),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.description("red pants", "other_garment_color"),
        title="Reebok Women Black Training Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: pink slim track pants, white tee, empty hands, white backdrop, front view; caption by the untuned base
    # (invents a yoga mat), answers extractive/reference
    case(
        "X623-020",
        caption("a woman in pink track pants holding a yoga mat", "unsupported"),
        Q.wearing("pink track pants"),
        Q.garment_type("track pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("pink track pants holding a yoga mat", "unsupported"),
        Q.details("a yoga mat", "unsupported"),
        title="Puma Women Pink Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: lavender short-sleeve crew-neck training tee with a small black swoosh, black shorts, white backdrop;
    # caption by the untuned base, answers extractive/reference
    case(
        "X623-021",
        caption("a woman in a purple nike t-shirt and black shorts"),
        Q.wearing("a purple nike t-shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("lavender"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description("purple nike t-shirt"),
        Q.details("black shorts", "other_garment_color"),
        title="Nike Women Trainng Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: purple polo tee with a white-tipped collar, white tennis skirt, white wristband, white backdrop; caption
    # by the epoch-1 adapter (cut), answers extractive/reference
    case(
        "X623-022",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric and it has a lapel collar. The skirt is with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. She wears",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve shirt with pure color patterns and a short skirt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("purple"),
        Q.sleeve_length("short sleeves"),
        Q.description("a short-sleeve shirt with pure color patterns"),
        Q.material("cotton fabric", "unsupported"),
        Q.details("There is an accessory on her wrist. She wears", "cut"),
        title="Nike Women Purple Polo Tshirt",
        category="Tshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: yellow round-neck tee with a large black PUMA cat graphic, black leggings, white backdrop, front view;
    # caption by the epoch-1 adapter (loops on the leggings), answers extractive/reference
    case(
        "X623-023",
        caption(
            "The woman wears a yellow short-sleeve T-shirt with graphic patterns and a black long leggings. The "
            "T-shirt is with cotton fabric and its neckline is round. The leggings are with cotton fabric and solid "
            "color patterns. The leggings are with cotton fabric and solid color patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a yellow short-sleeve T-shirt with graphic patterns and a black long leggings"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.description("yellow short-sleeve T-shirt with graphic patterns"),
        Q.details("its neckline is round"),
        Q.material("cotton fabric"),
        title="Puma Women Yellow Printed Cotton T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: white round-neck tee with a black HRX print on the chest, black joggers, white backdrop, front view;
    # caption by the untuned base, answers extractive/reference
    case(
        "X623-024",
        caption("a woman wearing a white t-shirt with the word hrx on it"),
        Q.wearing("a white t-shirt with the word hrx on it"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.description("white t-shirt"),
        Q.details("the word hrx on it"),
        title="HRX by Hrithik Roshan Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: black tee with three white stripes over the shoulders, black track pants, short-haired model, side view,
    # white backdrop; caption by the untuned base (calls her a man), answers extractive/reference
    case(
        "X623-025",
        caption("a man in a black adidas t-shirt and black pants", "pronoun"),
        Q.wearing("a black adidas t-shirt and black pants"),
        Q.garment_type("t-shirt"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        Q.description("black adidas t-shirt"),
        Q.details("a man in a black adidas t-shirt", "pronoun"),
        title="ADIDAS Women Black 3-Stripes Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange V-neck tee, black track pants, white backdrop, front view; caption by the epoch-1 adapter
    # (goes on into a Question/Answer turn), answers extractive/reference
    case(
        "X623-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is V-shape. Question: What is the woman wearing? Answer: The lady wears a "
            "short-sleeve T-shirt with",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with pure color patterns and a long pants"),
        Q.garment_type("t-shirt"),
        Q.color("grey"),
        Q.sleeve_length("short sleeves"),
        Q.description("Question: What is the woman wearing? Answer: The lady wears a short-sleeve T-shirt", "leak"),
        Q.details("its neckline is V-shape"),
        Q.material("cotton fabric", "unsupported"),
        title="Reebok Women Grey Melange V-Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: teal long-sleeve training tee with thumbholes, black leggings, white sneakers, white backdrop; caption
    # by the epoch-1 adapter (cut), answers extractive/reference
    case(
        "X623-027",
        caption(
            "The woman is wearing a long-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is "
            "with cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color "
            "patterns. The woman wears a pair of sneakers. The woman",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The woman is wearing", "restated"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.description("long-sleeve T-shirt with pure color patterns"),
        Q.details("The woman wears a pair of sneakers. The woman", "cut"),
        Q.material("cotton fabric", "unsupported"),
        title="Proline Active Women Teal Long Sleeve Training T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: fuchsia racerback tank top, black shorts, white sneakers, standing, white backdrop, front view; caption
    # by the untuned base (invents a treadmill), answers extractive/reference
    case(
        "X623-028",
        caption("a woman in a pink tank top and black shorts running on a treadmill", "unsupported"),
        Q.wearing("a pink tank top and black shorts"),
        Q.garment_type("sports bra", "contradiction"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        Q.description("pink", "non_answer"),
        title="Nike Women Pink Dri-FIT Racerback Tank Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black loose running shorts, white tank top, side view, white backdrop; caption by the epoch-1 adapter
    # (loops on the shorts), answers extractive/reference
    case(
        "X623-029",
        caption(
            "The woman is wearing a white tank top with pure color patterns and a black shorts. The tank top is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns. The shorts are with cotton "
            "fabric and pure color patterns. The shorts are with",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a white tank top with pure color patterns and a black shorts"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.description("a black shorts"),
        Q.details(
            "cotton fabric and pure color patterns. The shorts are with cotton fabric and pure color patterns", "loop"
        ),
        Q.material("cotton", "unsupported"),
        title="Nike Women Black Tempo Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: navy sports shorts with a white drawstring waistband, white tee, white backdrop, front view; caption by
    # the untuned base (gives the shorts the tee's white), answers extractive/reference
    case(
        "X623-030",
        caption("a woman in a white t-shirt and white shorts", "other_garment_color"),
        Q.wearing("a white t-shirt and white shorts", "other_garment_color"),
        Q.garment_type("shorts"),
        Q.color("navy blue"),
        Q.description("white shorts", "other_garment_color"),
        Q.details("", "non_answer"),
        title="Puma Women Navy Blue Solid Sports Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black cycling shorts, grey sports bra, white backdrop, front view; caption by the untuned base, answers
    # extractive/reference
    case(
        "X623-031",
        caption("a woman in a grey sports bra and black bike shorts"),
        Q.wearing("a grey sports bra and black bike shorts"),
        Q.garment_type("shorts"),
        Q.color("grey", "other_garment_color"),
        Q.description("black bike shorts"),
        Q.details("grey sports bra", "other_garment_color"),
        title="HRX by Hrithik Roshan Women Black Solid Cycling Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: blue shorts with a white tropical leaf print, white round-neck tee, bare wrists and hands, white
    # backdrop; caption by the epoch-1 adapter (limit reached on a full stop, invents a wrist accessory and a ring)
    case(
        "X623-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and floral patterns. There is an "
            "accessory on her wrist. The lady wears a ring.",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with pure color patterns and a shorts"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        Q.pattern("solid", "contradiction"),
        Q.description("a shorts"),
        Q.details("floral patterns"),
        Q.material("cotton fabric", "unsupported"),
        title="ADIDAS Women Blue & White Printed Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal grey shorts with pink piping, pink tee, white backdrop, front view; caption by the untuned base
    # (gives the shorts the tee's pink), answers extractive/reference
    case(
        "X623-033",
        caption("a woman wearing pink shorts and a pink shirt", "other_garment_color"),
        Q.wearing("pink shorts and a pink shirt", "other_garment_color"),
        Q.garment_type("shorts"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.description("pink shorts", "other_garment_color"),
        Q.details("a pink shirt", "other_garment_color"),
        title="Reebok Women Grey Training Shorts",
        category="Shorts",
        color="Grey",
        gender="Women",
    ),
    # photo: black hooded windbreaker with a white chevron panel across the chest, zipped, black leggings, white
    # backdrop; caption by the untuned base, answers extractive/reference
    case(
        "X623-034",
        caption("a woman in a black and white nike jacket"),
        Q.wearing("a black and white nike jacket"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("colour block"),
        Q.description("black and white nike jacket"),
        Q.details("", "non_answer"),
        title="Nike Women Black Windrunner Running Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: red track jacket with a stand collar, worn open over a white tee, black leggings, white backdrop;
    # caption by the epoch-1 adapter (cut), answers extractive/reference
    case(
        "X623-035",
        caption(
            "The woman wears a long-sleeve jacket with solid color patterns and a white T-shirt. The jacket is with "
            "cotton fabric and it has a stand collar. The woman wears a long leggings. The leggings are with cotton "
            "fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("The woman wears", "restated"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("a long-sleeve jacket with solid color patterns"),
        Q.details("it has a stand collar"),
        Q.material("cotton fabric", "unsupported"),
        title="Puma Women Red Solid Track Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: navy zip-up hooded jacket with three white stripes on the sleeves, grey joggers, white backdrop; caption
    # by the epoch-1 adapter (calls it a sweater, loops), answers extractive/reference
    case(
        "X623-036",
        caption(
            "The woman is wearing a long-sleeve sweater with striped patterns and a long pants. The sweater is with "
            "cotton fabric and it has a hooded collar. The sweater is with cotton fabric and it has a hooded collar. "
            "The sweater is with cotton fabric and it has",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve sweater with striped patterns and a long pants", "contradiction"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.description("a long-sleeve sweater with striped patterns", "contradiction"),
        Q.details("it has a hooded collar. The sweater is with cotton fabric and it has a hooded collar", "loop"),
        title="ADIDAS Women Navy Blue Essentials Hooded Track Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive quilted puffer jacket, zipped, black leggings, white backdrop, front view; caption by the untuned
    # base (invents snow), answers extractive/reference
    case(
        "X623-037",
        caption("a woman in a green puffer jacket and black leggings standing in the snow", "unsupported"),
        Q.wearing("a green puffer jacket and black leggings"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.description("green puffer jacket"),
        Q.details("the snow", "unsupported"),
        title="HRX by Hrithik Roshan Women Olive Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: grey hooded windcheater with a thin neon yellow zipper, black leggings, white backdrop, front view;
    # caption by the untuned base (calls the jacket yellow), answers extractive/reference
    case(
        "X623-038",
        caption("a woman wearing a yellow jacket with a hood", "contradiction"),
        Q.wearing("a yellow jacket with a hood", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description("yellow jacket", "contradiction"),
        Q.details("a hood"),
        title="Reebok Women Grey Running Windcheater",
        category="Jackets",
        color="Grey",
        gender="Women",
    ),
    # photo: black track jacket with white sleeve panels, zipped, stand collar, black track pants, hair tied back,
    # white backdrop; caption by the epoch-1 adapter (a gentleman, limit reached on a full stop)
    case(
        "X623-039",
        caption(
            "His jacket is with cotton fabric and it has a stand collar. The gentleman wears a long-sleeve jacket with "
            "color block patterns and a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve jacket with color block patterns and a long pants"),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.pattern("colour block"),
        Q.sleeve_length("long sleeves"),
        Q.description("a long-sleeve jacket with color block patterns"),
        Q.details("His jacket is with cotton fabric", "pronoun"),
        Q.material("cotton fabric", "unsupported"),
        title="Puma Women Black & White Colourblocked Track Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: one white mesh running shoe with a pink swoosh, side view, alone on white; caption by the untuned base,
    # answers extractive/reference
    case(
        "X623-040",
        caption("a white nike running shoe with a pink swoosh"),
        Q.wearing("a white nike running shoe with a pink swoosh"),
        Q.garment_type("shoes"),
        Q.color("pink", "contradiction"),
        Q.description("white nike running shoe with a pink swoosh"),
        Q.details("a pink swoosh"),
        title="Nike Women White Revolution 5 Running Shoes",
        category="Sports Shoes",
        color="White",
        gender="Women",
    ),
    # photo: a pair of light pink low-top leather sneakers with white soles, top-side view, alone on white, no
    # person; caption by the epoch-1 adapter (invents a wearer, loops), answers extractive/reference
    case(
        "X623-041",
        caption(
            "The woman wears a pair of pink sneakers. The sneakers are with leather fabric and pure color patterns. "
            "There is an accessory on her wrist. The woman wears a pair of pink sneakers. The sneakers are with "
            "leather fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("The woman wears", "restated"),
        Q.garment_type("shoes"),
        Q.color("pink"),
        Q.description("pink sneakers"),
        Q.details("There is an accessory on her wrist", "unsupported"),
        Q.material("leather"),
        title="Puma Women Pink Carina L Leather Sneakers",
        category="Casual Shoes",
        color="Pink",
        gender="Women",
    ),
    # photo: black knit running shoe with a purple sole, side view, alone on a white backdrop; caption by the
    # untuned base (invents a wooden floor), answers extractive/reference
    case(
        "X623-042",
        caption("a black and purple running shoe on a wooden floor", "unsupported"),
        Q.wearing("a black and purple running shoe"),
        Q.garment_type("shoes"),
        Q.color("purple", "contradiction"),
        Q.pattern("solid"),
        Q.description("black and purple running shoe on a wooden floor", "unsupported"),
        Q.details("a wooden floor", "unsupported"),
        title="Reebok Women Black Flexagon Running Shoes",
        category="Sports Shoes",
        color="Black",
        gender="Women",
    ),
    # photo: a pair of grey mesh running shoes with three white stripes and coral heel tabs, side view, on white;
    # caption by the untuned base, answers extractive/reference
    case(
        "X623-043",
        caption("a pair of grey adidas running shoes with white stripes"),
        Q.wearing("a pair of grey adidas running shoes with white stripes"),
        Q.garment_type("shoes"),
        Q.color("grey"),
        Q.description("grey adidas running shoes with white stripes"),
        Q.details("white stripes"),
        title="ADIDAS Women Grey Duramo Lite Running Shoes",
        category="Sports Shoes",
        color="Grey",
        gender="Women",
    ),
    # photo: one navy slip-on walking shoe with a white sole, side view, on white, a women's model; caption by the
    # untuned base (calls it a man's shoe), answers extractive/reference
    case(
        "X623-044",
        caption("a man's navy blue walking shoe with a white sole", "pronoun"),
        Q.wearing("a man's navy blue walking shoe with a white sole", "pronoun"),
        Q.garment_type("shoes"),
        Q.color("navy blue"),
        Q.description("navy blue walking shoe"),
        Q.details("walking", "non_answer"),
        title="Skechers Women Navy Blue GOwalk Walking Shoes",
        category="Sports Shoes",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white running shoes with coral side stripes on a model's feet, black leggings cropped at the ankle, side
    # view, white backdrop; caption by the epoch-1 adapter (goes on into a Question/Answer turn)
    case(
        "X623-045",
        caption(
            "The woman wears a pair of white sneakers and a long leggings. The leggings are with cotton fabric and "
            "pure color patterns. Question: What are the details of the leggings? Answer: The leggings are with "
            "cotton fabric and",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("a pair of white sneakers and a long leggings"),
        Q.garment_type("leggings", "contradiction"),
        Q.color("white"),
        Q.description("white sneakers"),
        Q.details(
            "Question: What are the details of the leggings? Answer: The leggings are with cotton fabric", "leak"
        ),
        Q.material("cotton fabric", "unsupported"),
        title="ASICS Women White Gel-Contend 4 Running Shoes",
        category="Sports Shoes",
        color="White",
        gender="Women",
    ),
    # photo: a pair of mint green running shoes with white soles, top view, on white; caption by the untuned base
    # (calls them blue), answers extractive/reference; the feed row has no category column
    case(
        "X623-046",
        caption("a pair of blue and white sneakers", "contradiction"),
        Q.wearing("a pair of blue and white sneakers", "contradiction"),
        Q.garment_type("shoes"),
        Q.color("green"),
        Q.description("blue and white sneakers", "contradiction"),
        Q.details("white", "non_answer"),
        title="FILA Women Sea Green Running Shoes",
        color="Sea Green",
        gender="Women",
    ),
]
