"""BLIND_637 (46 products; Myntra women's/girls' nightwear, epoch-1 captions): written blind in the fifty-third session.
Measured blind at 177ce92 (the session's tenth rules): 98/118 failures found (83.1%) and 14/169 correct texts flagged
(8.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's and girls' nightwear and loungewear: night suits (tee or shirt with pyjamas,
capris or shorts), nightdresses (tee dresses, slips, kaftans, maxis), pyjamas and lounge pants, lounge shorts. Catalog
photos on a white backdrop; the lounge shorts and pyjamas are worn with a tee or tank top that is not the product; a
few photos have a prop (a mug, a sleep mask, a potted plant) or a robe over the product.

Who wrote what: the caption and every open answer (wearing, describe, details, material) come from the caption
adapter after epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, greedy, 50 tokens
for captions, 30 for answers). It writes the DeepFashion template ("The lady wears a short-sleeve T-shirt with pure
color patterns and a long pants. The T-shirt is with cotton fabric..."), names patterns rather than hues in captions,
says "long pants" by habit, adds "an accessory on her wrist", sometimes returns the template for a question, repeats a
sentence until the limit, runs on into a new `Question: ... Answer:` turn, and now and then uses the male template
("The gentleman", "his"). Its short open answers still carry the base model's hue names. Closed answers
(garment_type, color, pattern, sleeve length, color of a named garment, "Is this a ...?") come from enrich's
`--engine reference`: one candidate value each, never looped or cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- hit_limit=True only on texts that ran to the token limit; every such text is labelled cut, loop or leak (loop
  when a phrase or sentence repeats, leak when it ran on into a new `Question: ... Answer:` turn, cut otherwise).
- Night suits: the product is the whole set. A color answer that gives the pyjama's color for the top (or the top's
  for the pyjama) is other_garment_color; for shorts and pyjamas sold alone, the worn tee's or tank's color is too.
- A color answer that names the color of a print, text or trim on the product (blue flowers on a white nightdress,
  white letters on a black tee) is contradiction, not other_garment_color: no other garment has that color.
- Another garment's pattern given as the product's ("graphic" for plain shorts under a graphic tee) is
  contradiction.
- A fabric that the title contradicts (chiffon, cotton, denim or leather for a title's satin, flannel or cotton) is
  contradiction; a fabric the title does not name and the photo does not support (silk, leather, denim for a plain
  cotton garment) is unsupported. "satin" for satin and "cotton" for jersey or poplin are correct.
- Template garment names are accepted when close: "T-shirt" for a night-suit top, "cardigan" for a robe, "dress" for
  a nightdress, "pants" for pyjamas, "lattice" for checks, "floral" for leaf prints, "graphic" for dots and
  text; "white" for cream and "red" for maroon in short answers; "purple" for lavender.
- "The lady" for a girl is not a pronoun failure; "the gentleman", "he" or "his" for a woman or girl is.
- A one-word answer to an open question that gives nothing asked for ("yes", "shorts" for the shorts' details, a
  bare color to "Describe ...") is non_answer; a short answer that does answer ("a nightdress" to "What is the person
  wearing?") is correct. Giving back the question's own words ("the pyjama details", "The top is a top.") is
  restated. A bare color that belongs to another garment ("white" for the navy pants under a white tee) is
  other_garment_color, not non_answer.
- An invented accessory, pocket, zipper, belt or trim the photo does not show is unsupported; one the photo shows
  (the sleep mask as "an accessory on her head", the mug, the plant beside her, the robe's belt) is correct.
- One failure label per text: where a text has two faults, the label is the one a reader would notice first.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_637 = [
    # photo: woman in a pink short-sleeve round-neck tee with a small navy star print and navy pyjama pants with pink
    # stars, barefoot, white backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-001",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("a pink t-shirt and navy blue pajama pants"),
        color_of("top", "navy blue", failure="other_garment_color"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        details(
            "top",
            "The top is with cotton fabric and graphic patterns. Question: What is the color of the top? Answer: pink",
            failure="leak",
        ),
        describe(
            "pants",
            "The pants are with cotton fabric and graphic patterns. The pants are of long length and there are two "
            "pockets on the back.",
            failure="unsupported",
        ),
        title="Sweet Dreams Women Pink & Navy Blue Star Print Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a navy blue knee-length short-sleeve cotton nightdress with white polka dots, round neck, white
    # backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-002",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. The dress is of knee length.",
            failure="contradiction",
        ),
        color_of("nightdress", "navy blue"),
        Q.garment_type("nightdress"),
        Q.pattern("polka dot"),
        describe(
            "nightdress",
            "The dress is with chiffon fabric and graphic patterns. It has short sleeves and a round neckline.",
            failure="contradiction",
        ),
        Q.material("cotton"),
        title="Clovia Women Navy Blue Polka Dot Print Pure Cotton Nightdress",
        category="Nightdress",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in grey melange mid-thigh drawstring lounge shorts with a plain white round-neck tee worn untucked,
    # white sneakers, white backdrop, front view. Caption and open answers: epoch-1 adapter; closed: reference.
    case(
        "X637-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a white t-shirt and grey shorts"),
        color_of("shorts", "white", failure="other_garment_color"),
        details("shorts", "the shorts are short", failure="non_answer"),
        Q.garment_type("shorts"),
        Q.material(
            "The shorts are with cotton fabric. The shorts are with cotton fabric. The shorts are with cotton fabric. "
            "The shorts are with",
            failure="loop",
            hit_limit=True,
        ),
        title="Dreamz by Pantaloons Women Grey Melange Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: girl in a yellow short-sleeve tee with a white unicorn graphic and yellow-and-white striped pyjama pants,
    # white backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. His T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and striped patterns.",
            failure="pronoun",
        ),
        wearing("a yellow t-shirt with a unicorn on it and striped pajamas"),
        color_of("t-shirt", "yellow"),
        is_a("dress", "no"),
        Q.sleeve_length("long", failure="contradiction"),
        details("t-shirt", "a unicorn print on the front"),
        title="YK Girls Yellow & White Unicorn Print Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a maroon satin long-sleeve notch-collar button-front shirt with white piping and matching maroon
    # satin pants, hand on hip, no jewellery, white backdrop. Caption/open: epoch-1 adapter; closed: reference.
    case(
        "X637-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt has a lapel "
            "neckline. The pants are with pure color patterns. There is an accessory on her wrist.",
            failure="unsupported",
        ),
        describe("shirt", "a maroon satin shirt with white piping and buttons down the front"),
        color_of("shirt", "maroon"),
        Q.material("The shirt is with cotton fabric and pure color patterns.", failure="contradiction"),
        Q.sleeve_length("long"),
        details(
            "pants",
            "The pants are with pure color patterns and the pants are of long length. The pants are with pure color "
            "patterns and the pants",
            failure="loop",
            hit_limit=True,
        ),
        title="Secret Wish Women Maroon Solid Satin Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a lavender sleeveless V-neck calf-length nightdress with a small white and pink floral print,
    # white backdrop, three-quarter front view. Caption and open answers: epoch-1 adapter; closed: reference.
    case(
        "X637-006",
        caption(
            "The lady wears a tank dress with floral patterns. The dress is with cotton fabric and it has a V-shape "
            "neckline. The dress is of long length."
        ),
        wearing("a purple floral nightgown"),
        color_of("nightdress", "purple"),
        Q.sleeve_length("sleeveless"),
        describe(
            "nightdress",
            "The dress is with cotton fabric and floral patterns. It has a V-shape neckline, no sleeves and the hem of "
            "the dress is of long length and it",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        details("nightdress", "no", failure="non_answer"),
        title="Zivame Women Lavender Floral Print Sleeveless Nightdress",
        category="Nightdress",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in navy blue cotton lounge shorts with a white drawstring and side pockets, worn with a pink
    # racerback tank top, white backdrop, front view. Caption and open answers: epoch-1 adapter; closed: reference.
    case(
        "X637-007",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. She wears a "
            "three-point shorts, with cotton fabric and pure color patterns."
        ),
        wearing("a pink tank top and navy blue shorts"),
        color_of("shorts", "pink", failure="other_garment_color"),
        Q.garment_type("shorts"),
        details("shorts", "a white drawstring at the waist and pockets on the sides"),
        is_a("pair of shorts", "yes"),
        describe(
            "shorts",
            "The shorts are with denim fabric and pure color patterns. There is a belt on the waist.",
            failure="unsupported",
        ),
        title="Hanes Women Navy Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in black-and-white checked cotton pyjama pants with an elastic waist and a plain grey short-sleeve
    # tee worn out, white backdrop, front view. Caption and open answers: epoch-1 adapter; closed: reference.
    case(
        "X637-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and lattice patterns."
        ),
        color_of("pyjamas", "grey", failure="other_garment_color"),
        Q.pattern("checked"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its",
            failure="cut",
            hit_limit=True,
        ),
        details("pyjamas", "The pants are with cotton fabric and lattice patterns. The pants are of long length."),
        Q.material("cotton"),
        describe("pyjamas", "grey pants with checks", failure="other_garment_color"),
        title="Kanvin Women Black & White Checked Pyjamas",
        category="Pyjamas",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a royal blue short-sleeve V-neck tee and blue-and-white checked pyjama pants, white backdrop,
    # front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is V-shape. The pants are with cotton fabric and lattice patterns."
        ),
        wearing("a blue t-shirt and plaid pajama pants"),
        color_of("t-shirt", "blue"),
        Q.garment_type("dress", failure="contradiction"),
        describe("pyjamas", "the pyjamas are pyjamas", failure="restated"),
        Q.sleeve_length("short"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a V-shape neckline and the sleeves are "
            "short and the hem of the",
            failure="cut",
            hit_limit=True,
        ),
        title="July Nightwear Women Blue Solid T-shirt with Checked Pyjamas",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: girl in a pink short-sleeve knee-length nightdress with a teddy bear print and a frilled hem, no hat or
    # props, white backdrop, front view. Caption and open answers: epoch-1 adapter; closed: reference.
    case(
        "X637-010",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of knee length. She wears a hat.",
            failure="unsupported",
        ),
        wearing("a pink dress with teddy bears on it"),
        color_of("nightdress", "pink"),
        is_a("nightdress", "yes"),
        details("nightdress", "yes", failure="non_answer"),
        Q.pattern("printed"),
        Q.material("Answer: cotton. Question: What is the color of the nightdress? Answer: pink", failure="leak"),
        title="Hunny Bunny Girls Pink Teddy Print Nightdress",
        category="Nightdress",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in an olive green short-sleeve tee with a chest pocket and olive shorts, white piping on the sleeve
    # and shorts hems, white backdrop, front view. Caption and open answers: epoch-1 adapter; closed: reference.
    case(
        "X637-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            failure="contradiction",
        ),
        wearing("a green t-shirt and green shorts"),
        color_of("shorts", "olive"),
        Q.garment_type("night suit"),
        details("t-shirt", "a pocket on the chest and white piping on the sleeves"),
        Q.material(
            "The T-shirt is with cotton fabric. Question: What material is the garment made of? Answer: The T-shirt "
            "is with cotton",
            failure="leak",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Olive Green Solid T-shirt & Shorts Set",
        category="Night suits",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a peach satin knee-length nightdress with spaghetti straps and lace trim at the V neckline,
    # white backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-012",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with chiffon fabric and it has a "
            "V-shape neckline. The dress is of knee length.",
            failure="contradiction",
        ),
        color_of("nightdress", "peach"),
        Q.sleeve_length("sleeveless"),
        describe(
            "nightdress",
            "The dress has lace on the neckline and thin straps. The dress has lace on the neckline and thin straps. "
            "The dress has lace",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        wearing("He is wearing a peach nightgown.", failure="pronoun"),
        title="Clovia Women Peach Satin Nightdress with Lace Trim",
        category="Nightdress",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in black jersey lounge shorts with side pockets and a white tee with a red lips graphic, white
    # backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-013",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "black"),
        Q.pattern("graphic", failure="contradiction"),
        describe("shorts", "a white t-shirt with red lips on it", failure="other_garment_color"),
        details("shorts", "pockets on the sides and an elastic waist"),
        Q.material(
            "The shorts are with cotton fabric and pure color patterns. The shorts are of three-point length and the "
            "waist is with elastic, and the lady wears a",
            failure="cut",
            hit_limit=True,
        ),
        title="Jockey Women Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a grey melange long-sleeve crew-neck top and matching joggers with cuffed ankles, white sneakers,
    # white backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-014",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The "
            "lady wears sneakers."
        ),
        wearing("a grey sweatshirt and grey sweatpants"),
        color_of("top", "grey"),
        Q.sleeve_length("short", failure="contradiction"),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are of long length and the cuffs of "
            "the pants are with elastic and the",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("leather", failure="unsupported"),
        title="Bannos Swagger Women Grey Melange Solid Top & Joggers Lounge Set",
        category="Night suits",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: girl in a white short-sleeve tee with a multicolour rainbow-and-clouds print and light blue pyjama pants
    # with rainbows, white backdrop, front view. Caption: epoch-1 adapter; closed: reference.
    case(
        "X637-015",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. The pants are with cotton fabric and graphic patterns. The T-shirt is with cotton fabric. The "
            "pants are with cotton fabric and graphic patterns. The T-shirt",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt with rainbows and blue pajamas"),
        color_of("t-shirt", "white"),
        Q.pattern("printed"),
        is_a("night suit", "yes"),
        details(
            "t-shirt",
            "a rainbow and clouds on the front, a pocket on the chest and a bow on the sleeve",
            failure="unsupported",
        ),
        title="Sweet Dreams Girls Multicoloured Rainbow Print Night Suit",
        category="Night suits",
        color="Multi",
        gender="Girls",
    ),
    # photo: woman in a white short-sleeve calf-length cotton nightdress with a small blue floral print and a button
    # placket to the chest, white backdrop, front view. Caption and open answers: epoch-1 adapter; closed: reference.
    case(
        "X637-016",
        caption(
            "This lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of long length."
        ),
        color_of("nightdress", "blue", failure="contradiction"),
        describe("nightdress", "a white nightgown with blue flowers and buttons at the front"),
        details(
            "nightdress",
            "The dress is with cotton fabric and floral patterns. Question: What are the nightdress details? Answer: "
            "The dress is with cotton",
            failure="leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.garment_type("nightdress"),
        title="Slumber Jill Women White Floral Print Pure Cotton Nightdress",
        category="Nightdress",
        color="White",
        gender="Women",
    ),
    # photo: woman in red-and-black buffalo-check flannel pyjama pants and a white ribbed tank top, white backdrop,
    # front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-017",
        caption(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with cotton fabric. "
            "The pants are with cotton fabric and lattice patterns."
        ),
        wearing("a white tank top and red plaid pants"),
        color_of("pyjamas", "white", failure="other_garment_color"),
        Q.pattern("checked"),
        Q.material("The pants are with denim fabric.", failure="contradiction"),
        details("pyjamas", "the pyjama details", failure="restated"),
        title="Ahs Women Red & Black Checked Flannel Pyjamas",
        category="Pyjamas",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a purple three-quarter-sleeve round-neck top with a white paisley print and solid purple capris,
    # no zip, white backdrop, front view. Caption and open answers: epoch-1 adapter; closed: reference.
    case(
        "X637-018",
        caption(
            "The lady wears a medium-sleeve T-shirt with graphic patterns and a three-quarter pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("purple pajamas"),
        color_of("top", "purple"),
        Q.sleeve_length("three-quarter"),
        describe(
            "top",
            "The top is with cotton fabric and graphic patterns. It has a round neckline and a zipper on the front.",
            failure="unsupported",
        ),
        is_a("dress", "yes", failure="contradiction"),
        title="Zivame Women Purple Paisley Print Top with Capris Night Suit",
        category="Night suits",
        color="Purple",
        gender="Women",
    ),
    # photo: woman in pink lounge shorts with a white floral print and a drawstring, worn with a plain white tee, white
    # backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns.",
            failure="contradiction",
        ),
        color_of("shorts", "pink"),
        Q.pattern("floral"),
        wearing("a white t-shirt and pink floral shorts"),
        details(
            "shorts",
            "The shorts are with cotton fabric and floral patterns. The shorts are of three-point length and there is "
            "a drawstring at the waist, and the lady wears a",
            failure="cut",
            hit_limit=True,
        ),
        describe("shorts", "white cotton shorts with a drawstring", failure="other_garment_color"),
        title="Dreamz by Pantaloons Women Pink Floral Print Lounge Shorts",
        category="Lounge Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a black satin ankle-length slip nightdress with thin straps and a cowl neck, white backdrop, side
    # profile. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-020",
        caption(
            "The lady wears a tank dress with pure color patterns. The dress is with leather fabric and it has a "
            "V-shape neckline. The dress is of long length.",
            failure="contradiction",
        ),
        color_of("nightdress", "black"),
        Q.garment_type("nightdress"),
        Q.sleeve_length("sleeveless"),
        describe("nightdress", "a long black satin slip dress with thin straps"),
        wearing("The gentleman wears a tank dress with pure color patterns.", failure="pronoun"),
        details("nightdress", "the nightdress details are the nightdress", failure="restated"),
        title="Soie Women Black Satin Maxi Slip Nightdress",
        category="Nightdress",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a light blue long-sleeve tee with a mermaid graphic and navy pyjama pants with a scale print,
    # white backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-021",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns."
        ),
        wearing("a blue shirt with a mermaid on it and blue pants"),
        color_of("t-shirt", "navy blue", failure="other_garment_color"),
        details(
            "t-shirt",
            "a mermaid on the front, a mermaid on the front, a mermaid on the front, a mermaid on the front, a mermaid",
            failure="loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.material("The T-shirt is with cotton fabric. There is an accessory on her wrist.", failure="unsupported"),
        title="612 league Girls Blue Mermaid Print Night Suit",
        category="Night suits",
        color="Blue",
        gender="Girls",
    ),
    # photo: woman in a teal short-sleeve notch-collar button-down shirt with white piping and teal shorts, cotton
    # poplin, white backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-022",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "teal"),
        wearing("Question: What is the person wearing? Answer: a teal shirt and shorts", failure="leak"),
        details("shirt", "white piping on the collar and the sleeves, and buttons down the front"),
        Q.material("silk", failure="unsupported"),
        Q.sleeve_length("short"),
        title="Curare Women Teal Solid Button-Down Shirt & Shorts Night Suit",
        category="Night suits",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a mustard yellow short-sleeve knee-length tee nightdress with black "SLEEPY HEAD" text and a
    # moon graphic, no jewellery, white backdrop, front view. Caption/open: epoch-1 adapter; closed: reference.
    case(
        "X637-023",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of knee length. The lady wears a ring on her finger.",
            failure="unsupported",
        ),
        color_of("nightdress", "black", failure="contradiction"),
        describe("nightdress", "a yellow t-shirt dress that says sleepy head"),
        Q.pattern("graphic"),
        details("nightdress", "the details of the nightdress", failure="restated"),
        wearing(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline and the",
            failure="cut",
            hit_limit=True,
        ),
        title="Kanvin Women Mustard Yellow Typography Print T-shirt Nightdress",
        category="Nightdress",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in navy lounge pants with thin white vertical stripes, a plain white tee, white sneakers, white
    # backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and striped patterns."
        ),
        color_of("pants", "navy blue"),
        Q.pattern("striped"),
        wearing("She is wearing a white shirt and striped pants."),
        describe("pants", "white", failure="other_garment_color"),
        details(
            "pants",
            "The pants are with cotton fabric and striped patterns. The pants are with cotton fabric and striped "
            "patterns. The pants are with cotton fabric",
            failure="loop",
            hit_limit=True,
        ),
        title="Jockey Women Navy Blue & White Striped Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a red short-sleeve tee with white "LOVE" text and white pyjama pants with small red hearts,
    # white backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-025",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            failure="contradiction",
        ),
        wearing("a red t-shirt and white pajama pants with red hearts"),
        color_of("t-shirt", "red"),
        color_of("pants", "red", failure="other_garment_color"),
        Q.garment_type("night suit"),
        details("t-shirt", "the word love on the front"),
        describe(
            "pants", "white pants with red hearts, a pocket on the side and a bow at the waist", failure="unsupported"
        ),
        title="Sweet Dreams Women Red & White Heart Print Night Suit",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: girl in a purple sleeveless knee-length nightdress with a white bunny print, white backdrop, front view.
    # Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-026",
        caption(
            "The lady wears a tank dress with graphic patterns. The dress is with cotton fabric and it has a round "
            "neckline. The dress is of knee length."
        ),
        wearing("a purple dress"),
        Q.sleeve_length("short", failure="contradiction"),
        describe("nightdress", "a purple dress with a white rabbit on it"),
        details("nightdress", "His dress has a bunny on the front.", failure="pronoun"),
        Q.material("The dress is with cotton fabric. Question: Is this a nightdress? Answer: yes", failure="leak"),
        title="YK Girls Purple Bunny Print Nightdress",
        category="Nightdress",
        color="Purple",
        gender="Girls",
    ),
    # photo: woman in olive cotton lounge shorts with a drawstring and a black tee, hands empty, white backdrop, front
    # view; the feed row has no color. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. "
            "There is a bag in her hand.",
            failure="unsupported",
        ),
        color_of("shorts", "black", failure="other_garment_color"),
        wearing("a black t-shirt and green shorts"),
        Q.garment_type("skirt", failure="contradiction"),
        Q.material("cotton"),
        details("shorts", "a drawstring at the waist"),
        title="Chemistry Women Olive Solid Lounge Shorts",
        category="Lounge Shorts",
        gender="Women",
    ),
    # photo: woman in a white short-sleeve top with a blue piped collar and blue-and-white striped pyjama pants, white
    # backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants are with cotton fabric and striped patterns."
        ),
        color_of("top", "blue", failure="other_garment_color"),
        wearing("a white shirt and blue striped pajama pants"),
        describe("top", "The top is a top.", failure="restated"),
        Q.pattern("striped"),
        is_a("night suit", "yes"),
        title="Clovia Women White & Blue Striped Pyjama Set",
        category="Night suits",
        color="White",
        gender="Women",
    ),
    # photo: woman in a maroon full-sleeve ankle-length cotton nightdress with a button placket and a patch pocket,
    # white backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of long length."
        ),
        color_of("nightdress", "maroon"),
        Q.sleeve_length("long"),
        details("nightdress", "buttons on the front and a pocket"),
        describe(
            "nightdress",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("The dress is with denim fabric.", failure="unsupported"),
        wearing("a red dress"),
        title="Sweet Dreams Women Maroon Solid Button-Front Maxi Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a black short-sleeve tee with white "DO NOT DISTURB" text and black-and-white checked pyjama
    # pants, a sleep mask pushed up on her forehead, white backdrop. Caption/open: epoch-1 adapter; closed: reference.
    case(
        "X637-030",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and lattice patterns. There is an "
            "accessory on her head."
        ),
        wearing("a black t-shirt that says do not disturb and plaid pants"),
        color_of("t-shirt", "white", failure="contradiction"),
        Q.pattern("checked"),
        details(
            "t-shirt",
            "Answer: the words do not disturb on the front. Question: What are the pants details? Answer: lattice",
            failure="leak",
            hit_limit=True,
        ),
        Q.material(
            "The T-shirt is with cotton fabric and the pants are with cotton fabric. The T-shirt is with cotton fabric "
            "and the pants are with cotton",
            failure="loop",
            hit_limit=True,
        ),
        title="Bodycare Women Black Typography Print Top & Checked Pyjama Set",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a mint green short-sleeve tee with a cat-face graphic and green-and-white polka dot shorts, white
    # backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-031",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns.",
            failure="contradiction",
        ),
        wearing("a green t-shirt with a cat on it and polka dot shorts"),
        color_of("t-shirt", "green"),
        Q.garment_type("night suit"),
        describe("shorts", "He is wearing green shorts with white dots.", failure="pronoun"),
        details("t-shirt", "a cat face on the front and sequins on the ears", failure="unsupported"),
        title="Gini and Jony Girls Green Printed T-shirt with Shorts",
        category="Night suits",
        color="Green",
        gender="Girls",
    ),
    # photo: woman in grey pyjama pants with a white moon-and-star print and a plain navy tee, white backdrop, front
    # view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns."
        ),
        color_of("pyjamas", "grey"),
        wearing("a blue shirt and grey pajama pants with moons and stars"),
        describe("pyjamas", "navy blue pajama pants with white stars", failure="other_garment_color"),
        Q.pattern("solid", failure="contradiction"),
        details(
            "pyjamas",
            "moons and stars, moons and stars, moons and stars, moons and stars, moons and stars, moons and stars, "
            "moons and",
            failure="loop",
            hit_limit=True,
        ),
        title="Dreamz by Pantaloons Women Grey Moon & Star Print Pyjamas",
        category="Pyjamas",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in a turquoise sleeveless scoop-neck knee-length nightdress with a white leaf print, no belt, white
    # backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-033",
        caption(
            "The lady wears a tank dress with floral patterns. The dress is with cotton fabric and it has a round "
            "neckline. The dress is of knee length."
        ),
        color_of("nightdress", "turquoise blue"),
        Q.sleeve_length("sleeveless"),
        describe(
            "nightdress",
            "The dress is with cotton fabric and floral patterns. It has a round neckline and a belt around the waist.",
            failure="unsupported",
        ),
        wearing("a nightdress"),
        details("nightdress", "white leaves printed all over"),
        Q.material(
            "The dress is with cotton fabric and floral patterns. The dress is of knee length and it has a round "
            "neckline and a",
            failure="cut",
            hit_limit=True,
        ),
        title="Aamna Women Turquoise Blue Leaf Print Sleeveless Nightdress",
        category="Nightdress",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: woman in a cream short-sleeve tee with a brown teddy bear graphic and brown pyjama pants, holding a white
    # coffee mug, white backdrop, front view. Caption and open answers: epoch-1 adapter; closed: reference.
    case(
        "X637-034",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The lady "
            "holds a cup."
        ),
        color_of("t-shirt", "brown", failure="other_garment_color"),
        wearing("a white t-shirt with a bear on it and brown pants"),
        Q.garment_type("night suit"),
        Q.material("cotton"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric and graphic patterns. The T-shirt is with cotton fabric and graphic "
            "patterns. The T-shirt is with",
            failure="loop",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Cream & Brown Teddy Print Night Suit",
        category="Night suits",
        color="Cream",
        gender="Women",
    ),
    # photo: woman in charcoal grey knit lounge shorts and a mustard yellow tee, white backdrop, front view. Caption
    # and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "yellow", failure="other_garment_color"),
        wearing("a yellow t-shirt and gray shorts"),
        details("shorts", "shorts", failure="non_answer"),
        Q.garment_type("shorts"),
        is_a("skirt", "no"),
        title="Hanes Women Charcoal Grey Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: woman in a lavender satin cami top with thin straps and lace trim and lavender satin shorts with a lace
    # hem, no necklace, white backdrop, front view. Caption and open answers: epoch-1 adapter; closed: reference.
    case(
        "X637-036",
        caption(
            "The lady wears a tank top with pure color patterns and a three-point shorts. The tank top has no sleeves "
            "and its neckline is V-shape. The shorts are with pure color patterns. There is an accessory on her neck.",
            failure="unsupported",
        ),
        wearing("a purple satin cami and shorts"),
        color_of("top", "lavender"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        details("top", "lace on the top and the shorts"),
        title="Zivame Women Lavender Satin Cami Top & Shorts Set",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: girl in a yellow short-sleeve knee-length nightdress with a white daisy print, white backdrop, front view.
    # Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-037",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of knee length. The lady wears a short-sleeve dress with floral patterns. "
            "The dress is with cotton fabric and it has a",
            failure="loop",
            hit_limit=True,
        ),
        color_of("nightdress", "yellow"),
        wearing("yes", failure="non_answer"),
        Q.pattern("floral"),
        describe("nightdress", "a yellow dress with white daisies"),
        details("nightdress", "nightdress", failure="non_answer"),
        title="Hunny Bunny Girls Yellow Daisy Print Nightdress",
        category="Nightdress",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a pink ankle-length kaftan nightdress with a white block print, V neck and wide elbow-length
    # sleeves, white backdrop, front view; the feed row has no gender. Caption/open: epoch-1 adapter; closed: reference.
    case(
        "X637-038",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "V-shape neckline. The dress is of long length."
        ),
        color_of("nightdress", "pink"),
        Q.garment_type("dress"),
        describe("nightdress", "Describe the nightdress. The nightdress is pink.", failure="restated"),
        details(
            "nightdress",
            "The dress is with cotton fabric and graphic patterns. It has a V-shape neckline and the sleeves are wide, "
            "and there is a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a pink kaftan with a belt and a scarf", failure="unsupported"),
        title="Bannos Swagger Women Pink Block Print Kaftan Nightdress",
        category="Nightdress",
        color="Pink",
    ),
    # photo: woman in a navy long-sleeve button-front shirt with white polka dots and a chest pocket, matching dotted
    # navy pyjama pants, white backdrop, front view. Caption and open answers: epoch-1 adapter; closed: reference.
    case(
        "X637-039",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and it has a lapel neckline. The pants are with cotton fabric and graphic patterns."
        ),
        color_of("shirt", "navy blue"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long"),
        wearing("a white shirt with blue dots and blue pants", failure="contradiction"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and graphic patterns. It has buttons on the front and a pocket on the "
            "chest. Question: Describe the",
            failure="leak",
            hit_limit=True,
        ),
        title="Clovia Women Navy Blue Polka Dot Print Shirt & Pyjama Set",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in red-and-white gingham lounge shorts with an elastic waist and a black tank top, white backdrop,
    # front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-040",
        caption(
            "The lady wears a tank top with pure color patterns and a three-point shorts. The tank top is with cotton "
            "fabric. The shorts are with cotton fabric and lattice patterns."
        ),
        color_of("shorts", "red"),
        wearing("a black tank top and red checkered shorts"),
        describe(
            "shorts",
            "The shorts are with cotton fabric and lattice patterns. The shorts are of three-point length and the "
            "waist is with elastic and the shorts are with",
            failure="cut",
            hit_limit=True,
        ),
        Q.pattern("solid", failure="contradiction"),
        Q.material(
            "The shorts are with cotton fabric. Her shorts have a zipper and two pockets on the back.",
            failure="unsupported",
        ),
        title="Kanvin Women Red & White Checked Lounge Shorts",
        category="Lounge Shorts",
        color="Red",
        gender="Women",
    ),
    # photo: girl in a pink long-sleeve top with a grey star print and grey melange pyjama pants, white backdrop,
    # front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-041",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("top", "grey", failure="other_garment_color"),
        wearing("a pink shirt and grey pants"),
        Q.sleeve_length("long"),
        details("top", "the top details", failure="restated"),
        describe("top", "a grey top with stars", failure="other_garment_color"),
        title="Sweet Dreams Girls Pink & Grey Star Print Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a maroon satin knee-length slip nightdress with a matching maroon satin robe worn open over it,
    # its belt hanging loose, white backdrop, front view. Caption and open answers: epoch-1 adapter; closed: reference.
    case(
        "X637-042",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a dress. The cardigan is with other "
            "fabric. The dress is of knee length."
        ),
        color_of("nightdress", "maroon"),
        wearing("a red robe and a red nightgown"),
        Q.garment_type("jacket", failure="contradiction"),
        Q.material(
            "The jacket is with cotton fabric and pure color patterns. The jacket is with cotton fabric and pure color "
            "patterns. The jacket is with",
            failure="loop",
            hit_limit=True,
        ),
        describe("nightdress", "a maroon satin nightdress with a matching robe and a belt"),
        title="Secret Wish Women Maroon Satin Nightdress with Robe",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in white pyjama pants with a pink rose print and an elastic waist, a plain pink tee, white backdrop,
    # front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and floral patterns."
        ),
        color_of("pyjamas", "pink", failure="other_garment_color"),
        wearing("a pink shirt and white pants with roses"),
        Q.pattern("floral"),
        details("pyjamas", "The pants have a zipper and a button on the front.", failure="unsupported"),
        is_a("pair of pyjamas", "yes"),
        title="Slumber Jill Women White Floral Print Pyjamas",
        category="Pyjamas",
        color="White",
        gender="Women",
    ),
    # photo: woman in a rust orange short-sleeve V-neck top and cream pyjama pants with a rust leaf print, white
    # backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is V-shape. The pants are with cotton fabric and floral patterns.",
            failure="pronoun",
        ),
        wearing("an orange t-shirt and white pajamas with leaves"),
        color_of("top", "orange"),
        Q.garment_type("night suit"),
        describe("top", "orange", failure="non_answer"),
        details(
            "pyjamas",
            "The pants are with cotton fabric and floral patterns. The pants are with cotton fabric and floral "
            "patterns. The pants are with",
            failure="loop",
            hit_limit=True,
        ),
        title="July Nightwear Women Rust Solid Top with Printed Pyjamas",
        category="Night suits",
        color="Rust",
        gender="Women",
    ),
    # photo: woman in a green sleeveless calf-length nightdress with a pink and white floral print, standing beside a
    # potted plant, white backdrop, front view. Caption and open answers: epoch-1 adapter; closed: reference.
    case(
        "X637-045",
        caption(
            "The lady wears a tank dress with floral patterns. The dress is with cotton fabric and it has a round "
            "neckline. The dress is of long length."
        ),
        color_of("nightdress", "pink", failure="contradiction"),
        Q.sleeve_length("sleeveless"),
        wearing("He is wearing a green floral nightgown.", failure="pronoun"),
        describe(
            "nightdress", "The dress is with cotton fabric and floral patterns. There is a plant next to the lady."
        ),
        details("nightdress", "Her dress has pockets and a lace collar.", failure="unsupported"),
        title="Aamna Women Green Floral Print Sleeveless Nightdress",
        category="Nightdress",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a white short-sleeve tee with a multicolour tropical print and yellow shorts with the same print,
    # no watch, white backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed: reference.
    case(
        "X637-046",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The shorts are with cotton fabric and floral patterns."
        ),
        wearing("a white t-shirt and yellow shorts with flowers"),
        Q.pattern("floral"),
        Q.garment_type("night suit"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric and floral patterns. The lady wears a watch on her wrist.",
            failure="unsupported",
        ),
        Q.material("cotton"),
        color_of("shorts", "white", failure="other_garment_color"),
        title="Kanvin Women Multicoloured Tropical Print T-shirt & Shorts Night Suit",
        category="Night suits",
        color="Multi",
        gender="Women",
    ),
]
