"""BLIND_802 (46 products; Myntra winter/activewear, caption adapter epoch 1): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 111/120 failures found (92.5%) and 11/172 correct texts flagged
(6.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's and women's winterwear and activewear (Jackets, Sweatshirts, Track Pants, Tights).
Photos are catalog shots on a white backdrop, nearly all worn by a model who also wears other garments (a tee under
an open jacket, a hoodie over tights, jeans under a sweatshirt); one flat lay of track pants with no person. Catalog
columns are the seller's title, article type and base colour; two rows lack a column, as real feeds do.

Who wrote what: every caption and every open answer comes from Salesforce/blip2-opt-2.7b with the caption adapter
at epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens for captions and 30 for
answers. One epoch of DeepFashion template captions has not yet erased the base model: about a third of the captions
and most short answers are still base-like ("a man wearing a green hoodie and a white t - shirt"), the rest are the
template ("The lady wears a long-sleeve sweater with pure color patterns ... The pants are with cotton fabric").
The template names no hues, claims a fabric for everything (cotton, denim, leather, furry, knitting) and sometimes
adds an accessory or a hat nobody wears. With no end token trained it often runs to the limit and is cut mid-phrase,
or falls into a loop; some open answers return the template instead of answering, echo the `Question: ... Answer:`
format, or restate the question. Closed answers (garment type, color, pattern, sleeve length, the yes/no garment
question, and color questions marked closed) come from enrich's `--engine reference`, which picks one candidate: they
never loop or stop short, but they often pick the color or type of the other garment in the photo.

Labeling conventions and judgement calls:
- One label per text. A text that loops is `loop`; a text that echoes `Question:`/`Answer:` is `leak`; otherwise a
  text that ran to the token limit and stops mid-phrase is `cut` (hit_limit=True), even if it also has a wrong
  fabric or garment word inside. Loops and long leaks that ran to the limit also have hit_limit=True.
- A color that belongs to another garment in the photo (the tee under the jacket, the hoodie over the tights, the
  shorts over the compression tights) is `other_garment_color`; a color no garment in the photo has, or only the
  minor color of a two-color product (the white stripe of a navy sweatshirt, the pink print on a white one), is
  `contradiction`. A seller color's near shade is correct: maroon/red, peach/pink, khaki/beige, tan/brown,
  charcoal or grey melange/grey, navy/blue/dark blue, olive/green, lavender/purple, teal/blue.
- A wrong garment type (the seller sells track pants, the answer says sweatshirt because the model wears one), a
  wrong pattern (solid for a printed or colour-blocked product, graphic for a solid jacket over a graphic tee) and
  a wrong sleeve length are `contradiction`.
- Side stripes and piping on track pants, tights and track jackets are trim: both "solid" and "striped" are accepted
  when the title does not name the pattern. "coat" for a knee-length parka sold as Jackets and "vest" for a
  sleeveless puffer sold as Jackets are correct for the photo.
- Invented details (a belt, a hood that belongs to the hoodie underneath, a fur lining, a zip pocket, a hat, "an
  accessory on his wrist", a person in a flat lay) are `unsupported`. A fabric claim is `unsupported` when the photo
  or title shows another material (cotton for a puffer, a rain jacket or a windcheater; wool, leather or denim for a
  fleece sweatshirt; fur for a nylon puffer with a fur-trimmed hood). Cotton for knit sweatshirts, track pants and
  cotton jackets is accepted; a generic "stretchy fabric" or "synthetic fabric" is correct.
- A one-word or yes/no reply to an open question, an empty reply, and the caption template given back to the
  material question without any material are `non_answer`; an answer that only says the question's garment back
  ("the jacket is a jacket", "they are track pants") is `restated`.
- `pronoun` is he/she/man/lady/gentleman wrong for the product's gender, in a caption or an answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_802 = [
    # photo: man in a navy blue quilted puffer jacket, zipped, white crew tee showing at the neck, blue jeans, white
    # backdrop, front view; caption adapter epoch 1 for caption and open answers, reference engine for closed ones
    case(
        "X802-001",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric and its neckline is stand. The pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue puffer jacket and jeans"),
        color_of("jacket", "navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        material("The jacket is with cotton fabric.", "unsupported"),
        title="Roadster Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a grey melange pullover hoodie with a kangaroo pocket and drawstring hood, black tights, hands
    # in the pocket, white backdrop; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X802-002",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long leggings. The sweatshirt is "
            "with cotton fabric and its neckline is hooded. The leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey hoodie and black leggings", who="she"),
        Q.color("grey"),
        color_of("hoodie", "blue", "contradiction", kind="open"),
        describe("hoodie", "The hoodie is grey with a kangaroo pocket and a drawstring hood."),
        details(
            "hoodie",
            "The hoodie has a kangaroo pocket, a drawstring hood, a kangaroo pocket, a drawstring hood, a kangaroo "
            "pocket, a drawstring",
            "loop",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        title="HRX by Hrithik Roshan Women Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in black track pants with a small white logo on the left thigh and white side piping, plain grey
    # t-shirt, white sneakers, white backdrop, full body; caption adapter epoch 1 / reference engine
    case(
        "X802-003",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and black track pants", who="he"),
        color_of("track pants", "grey", "other_garment_color"),
        Q.garment_type("track pants"),
        Q.pattern("solid"),
        details("track pants", "white piping on the sides and a logo on the left thigh"),
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman mid-stride, side view, in black running tights with grey geometric print panels on the calves,
    # pink racerback tank top, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a pink tank top and black leggings", who="she"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("printed"),
        describe("tights", "grey leggings with black panels", "contradiction"),
        is_a("pair of leggings", "yes"),
        material("a stretchy fabric"),
        title="Nike Women Black Printed Running Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a maroon crew-neck sweatshirt with ribbed cuffs and hem, beige chinos, white backdrop, front
    # view; caption adapter epoch 1 / reference engine
    case(
        "X802-005",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is with "
            "knitting fabric and its neckline is round. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon sweatshirt and beige chinos"),
        color_of("sweatshirt", "maroon"),
        Q.garment_type("sweater", "contradiction"),
        describe("sweatshirt", "a maroon sweatshirt with a round neck and ribbed cuffs and hem"),
        Q.sleeve_length("long sleeves"),
        material("cotton Question: What is the color of the sweatshirt? Answer: maroon", "leak"),
        title="Mast & Harbour Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in an open olive green bomber jacket over a white t-shirt with a black graphic print, blue jeans,
    # white backdrop; base-like caption from the caption adapter epoch 1, reference engine for closed answers
    case(
        "X802-006",
        caption("a woman wearing an olive green bomber jacket over a white graphic t - shirt and blue jeans"),
        wearing("she is wearing a green jacket", who="she"),
        color_of("jacket", "white", "other_garment_color"),
        Q.pattern("graphic", "contradiction"),
        describe("jacket", "an olive bomber jacket with ribbed collar, cuffs and hem and a front zip"),
        Q.sleeve_length("long sleeves"),
        title="Roadster Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a black hooded rain jacket, hood down, zipped, two zip pockets, black track pants, white
    # backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-007",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric and its neckline is hooded. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a black jacket and black pants", who="he"),
        color_of("jacket", "black"),
        material("The jacket is with cotton fabric.", "unsupported"),
        details(
            "jacket",
            "The jacket has a hood, a front zip, two pockets and a logo on the chest, and the man is wearing a pair "
            "of black",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Wildcraft Men Black Hooded Rain Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in navy blue track pants with two white side stripes, white t-shirt with a small chest logo, white
    # backdrop, front view; caption adapter epoch 1 / reference engine
    case(
        "X802-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. The pants are with cotton fabric and pure color patterns. The "
            "pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue track pants", who="she"),
        Q.color("white", "other_garment_color"),
        color_of("track pants", "navy blue", kind="open"),
        Q.pattern("solid"),
        details("track pants", "two white stripes down the sides and an elasticated waist with a drawstring"),
        material("The pants are with leather fabric.", "unsupported"),
        title="Proline Women Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a black pullover hoodie with a large white-and-red graphic print on the chest, blue jeans, white
    # backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-009",
        caption(
            "The man wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a black hoodie with a graphic print and blue jeans"),
        Q.color("black"),
        Q.pattern("graphic"),
        describe("hoodie", "She is wearing a black hoodie with a red and white print on the front.", "pronoun"),
        details(
            "hoodie",
            "the hood, the print, the pocket, the cuffs, the hood, the print, the pocket, the cuffs, the hood, the "
            "print, the",
            "loop",
            hit_limit=True,
        ),
        material("yes", "non_answer"),
        title="Kook N Keech Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a pink zip-up track jacket with a black zip and black piping over the shoulders, black tights,
    # white backdrop; base-like caption, caption adapter epoch 1 / reference engine
    case(
        "X802-010",
        caption("a woman in a pink jacket and black leggings"),
        wearing("She is wearing a pink jacket and black leggings.", who="she"),
        color_of("jacket", "black", "other_garment_color"),
        Q.pattern("solid"),
        details("jacket", "a white zip and white piping on the shoulders", "contradiction"),
        material("Question: What material is the garment made of? Answer: polyester", "leak"),
        Q.garment_type("jacket"),
        title="Puma Women Pink Solid Sporty Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: man in grey melange joggers with cuffed ankles, black crew tee, white sneakers, white backdrop, front
    # view; caption adapter epoch 1 / reference engine
    case(
        "X802-011",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black t-shirt and grey joggers", who="he"),
        color_of("track pants", "black", "other_garment_color"),
        Q.garment_type("track pants"),
        details("joggers", "The joggers are grey joggers.", "restated"),
        Q.pattern("solid"),
        title="HRX by Hrithik Roshan Men Grey Melange Joggers Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a lavender cropped crew-neck sweatshirt that ends at the waist, white wide-leg track pants,
    # white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-012",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple sweatshirt and white pants"),
        Q.color("purple"),
        describe("sweatshirt", "a long sweatshirt that covers the hips", "unsupported"),
        details("sweatshirt", "no", "non_answer"),
        Q.sleeve_length("long sleeves"),
        is_a("sweatshirt", "yes"),
        title="Here&Now Women Lavender Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in an open olive quilted puffer jacket with a hood, grey t-shirt under it, black jeans, white
    # backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-013",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. Its neckline is hooded. "
            "The pants are with denim fabric and pure color patterns."
        ),
        wearing("a green jacket, a grey t-shirt and black jeans"),
        Q.color("grey", "other_garment_color"),
        color_of("jacket", "olive green", kind="open"),
        Q.garment_type("jacket"),
        material("The jacket is made of leather.", "unsupported"),
        title="Fort Collins Men Olive Solid Quilted Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in teal full-length tights with a wide waistband, white sports t-shirt, side view, white
    # backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a white t-shirt and blue leggings", "pronoun", who="she"),
        Q.color("white", "other_garment_color"),
        is_a("pair of leggings", "yes"),
        describe("tights", "teal full-length tights with a wide waistband"),
        title="Kappa Women Teal Solid Tights",
        category="Tights",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a navy sweatshirt with white horizontal stripes across the chest and sleeves, beige chinos,
    # white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-015",
        caption(
            "The man wears a long-sleeve sweatshirt with striped patterns and a long trousers. The sweatshirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white striped sweatshirt and khaki pants", who="he"),
        Q.pattern("striped"),
        Q.color("white", "contradiction"),
        details("sweatshirt", "white stripes across the chest and the sleeves, ribbed cuffs and hem"),
        Q.sleeve_length("long sleeves"),
        material("wool", "unsupported"),
        title="United Colors of Benetton Men Navy Blue Striped Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black faux leather biker jacket with silver zips (no belt), grey t-shirt, black skinny
    # jeans, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-016",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and it "
            "has a lapel neckline. The lady wears a long pants, with denim fabric and pure color patterns."
        ),
        wearing("a black leather jacket, a grey top and black jeans"),
        color_of("jacket", "black"),
        material("leather"),
        details("jacket", "silver zips on the front and the sleeves, and a belt at the waist", "unsupported"),
        describe("jacket", "jacket", "non_answer"),
        Q.garment_type("jacket"),
        title="ONLY Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in navy blue track pants with three white side stripes, white t-shirt, white backdrop, front view;
    # caption adapter epoch 1 / reference engine
    case(
        "X802-017",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white t-shirt and dark blue track pants with white stripes"),
        color_of("track pants", "white", "other_garment_color"),
        Q.garment_type("track pants"),
        details(
            "track pants", "Question: What are the track pants details? Answer: three white stripes on the side", "leak"
        ),
        is_a("pair of track pants", "yes"),
        title="Adidas Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mustard yellow crew sweatshirt with small black lettering on the chest, blue jeans, bare
    # wrists, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-018",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is an accessory on her "
            "wrist.",
            "unsupported",
        ),
        wearing("a yellow sweatshirt and blue jeans", who="she"),
        Q.color("yellow"),
        Q.pattern("printed"),
        describe("sweatshirt", "a mustard yellow sweatshirt with black lettering on the chest"),
        details("sweatshirt", "The man wears a long-sleeve sweatshirt with graphic patterns.", "pronoun"),
        material("cotton"),
        title="Kook N Keech Women Mustard Yellow Printed Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a mid-blue denim jacket over a black hoodie with the hood out, black jeans, white backdrop;
    # caption adapter epoch 1 / reference engine
    case(
        "X802-019",
        caption(
            "The man wears a long-sleeve denim jacket with pure color patterns and a long pants. The jacket is with "
            "denim fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a blue denim jacket over a black hoodie and black jeans", who="he"),
        color_of("jacket", "black", "other_garment_color"),
        Q.garment_type("sweatshirt", "contradiction"),
        material("denim"),
        details("jacket", "the jacket has a black hood", "unsupported"),
        title="Levis Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: flat lay, no model: black track pants with a small white logo on the left thigh and a drawstring
    # waist, on a white surface; caption adapter epoch 1 / reference engine
    case(
        "X802-020",
        caption(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants are with cotton fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("The lady wears a long pants.", "unsupported"),
        Q.color("black"),
        Q.garment_type("track pants"),
        Q.pattern("striped", "contradiction"),
        details("track pants", "a white logo on the left thigh and an elastic waistband with a drawstring"),
        title="Puma Women Black Solid Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in an open olive green zip-up hoodie over a white t-shirt, black joggers, white backdrop; base-like
    # caption, caption adapter epoch 1 / reference engine
    case(
        "X802-021",
        caption("a man wearing a green hoodie and a white t - shirt"),
        wearing("a green hoodie, a white t-shirt and black pants"),
        Q.color("white", "other_garment_color"),
        color_of("hoodie", "olive green", kind="open"),
        describe(
            "hoodie",
            "The man wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is "
            "with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        material("", "non_answer"),
        is_a("hoodie", "yes"),
        title="Roadster Men Olive Green Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a red quilted nylon puffer jacket with a faux-fur-trimmed hood, black jeans, black ankle
    # boots, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-022",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with furry "
            "fabric and its neckline is hooded. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a red puffer jacket with a fur hood and black jeans", who="she"),
        color_of("jacket", "red"),
        material("fur", "unsupported"),
        Q.pattern("solid"),
        details("jacket", "a hood with fur trim, a zip front and quilted panels"),
        title="Fila Women Red Padded Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: man in black compression tights under navy running shorts, grey t-shirt, running shoes, white
    # backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-023",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt, blue shorts and black tights", who="he"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("navy blue", "other_garment_color"),
        is_a("pair of leggings", "yes"),
        details(
            "tights",
            "the tights have a the tights have a the tights have a the tights have a the tights have a the tights",
            "loop",
            hit_limit=True,
        ),
        title="Nike Men Black Pro Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an off-white sweatshirt with a pink floral print across the chest, light blue jeans, white
    # backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-024",
        caption(
            "The lady wears a long-sleeve sweatshirt with floral patterns and a long pants. The sweatshirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a white sweatshirt with flowers and blue jeans"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        describe("sweatshirt", "a white sweatshirt with a floral print"),
        details("sweatshirt", "the details of the sweatshirt", "restated"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Vero Moda Women White Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a grey hooded windcheater with a neon green zip and green cuff trims, black track pants, white
    # backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-025",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric and its neckline is hooded. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a grey jacket and black pants", who="he"),
        color_of("jacket", "grey"),
        details("jacket", "a green zip, a hood and green trims on the cuffs"),
        Q.material(
            "Answer: nylon Question: What is the color of the jacket? Answer: grey Question: What is the", "leak"
        ),
        Q.garment_type("jacket"),
        title="Puma Men Grey Solid Windcheater Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in tights with a blue-and-purple abstract print and a black waistband, black crop tank top,
    # white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric. The leggings are with cotton fabric and graphic patterns."
        ),
        wearing("a black tank top and printed leggings", who="she"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        describe("tights", "leggings", "non_answer"),
        is_a("pair of leggings", "yes"),
        title="HRX by Hrithik Roshan Women Multicoloured Printed Tights",
        category="Tights",
        color="Multi",
        gender="Women",
    ),
    # photo: man in a charcoal grey half-zip sweatshirt with ribbed cuffs, black track pants, white backdrop;
    # caption adapter epoch 1 / reference engine
    case(
        "X802-027",
        caption(
            "the man wears a long-sleeve sweatshirt with pure color patterns and a long pants. the sweatshirt is "
            "with cotton fabric and its neckline is stand. the pants are with cotton fabric and pure color patterns. "
            "there is",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweatshirt and black pants"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        details("sweatshirt", "a half zip collar and ribbed cuffs"),
        material("wool", "unsupported"),
        title="Alcis Men Charcoal Grey Solid Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a navy blue quilted puffer jacket with a plain hood (no fur), zipped, grey melange joggers,
    # white sneakers, white backdrop; the feed row has no base colour; caption adapter epoch 1 / reference engine
    case(
        "X802-028",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. Its neckline is hooded. "
            "The pants are with cotton fabric and pure color patterns."
        ),
        wearing("she is wearing a blue jacket and grey pants", who="she"),
        color_of("jacket", "grey", "other_garment_color"),
        describe("jacket", "the jacket is a jacket", "restated"),
        details("jacket", "a fur-lined hood and a zip front", "unsupported"),
        Q.pattern("solid"),
        title="Wildcraft Women Navy Blue Solid Padded Jacket",
        category="Jackets",
        gender="Women",
    ),
    # photo: man in olive green joggers with a drawstring waist and elastic ankle cuffs, black t-shirt, side view,
    # white backdrop; base-like caption, caption adapter epoch 1 / reference engine
    case(
        "X802-029",
        caption("a man in a black shirt and green pants"),
        wearing("She is wearing a black t-shirt and green track pants", "pronoun", who="he"),
        color_of("track pants", "olive"),
        Q.garment_type("t-shirt", "contradiction"),
        details("track pants", "a drawstring waist, two side pockets and elastic cuffs at the ankles"),
        describe("track pants", "they are track pants", "restated"),
        material("cotton"),
        title="Jockey Men Olive Green Solid Track Pants",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a black pullover hoodie with a small white logo on the chest, black tights, all-black look,
    # white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-030",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long leggings. The sweatshirt is "
            "with cotton fabric and its neckline is hooded. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a black hoodie and black leggings"),
        Q.color("black"),
        describe("hoodie", "a black hoodie with a small white logo on the chest"),
        details(
            "hoodie",
            "The hoodie is with cotton fabric and its neckline is hooded. The hoodie is with cotton fabric and its "
            "neckline is hooded. The hoodie is",
            "loop",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),
        Q.sleeve_length("long sleeves"),
        material("The lady wears a long-sleeve sweatshirt.", "non_answer"),
        title="Puma Women Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a tan suede bomber jacket with ribbed collar and cuffs, black crew tee, blue jeans, white
    # backdrop; the seller calls it Brown; caption adapter epoch 1 / reference engine
    case(
        "X802-031",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with leather "
            "fabric and its neckline is stand. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a brown jacket, a black t-shirt and blue jeans", who="he"),
        color_of("jacket", "tan"),
        Q.color("black", "other_garment_color"),
        material("suede"),
        details("jacket", "a zip front, ribbed collar and cuffs, and a fur lining", "unsupported"),
        describe("jacket", "Question: Describe the jacket. Answer: a brown suede jacket with a zip", "leak"),
        title="Roadster Men Brown Solid Suede Bomber Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in grey melange joggers, pink t-shirt, white backdrop, front view; caption adapter epoch 1 /
    # reference engine
    case(
        "X802-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a pink t-shirt and grey pants", who="she"),
        color_of("track pants", "pink", "other_garment_color"),
        details("track pants", "The track pants details are the track pants", "restated"),
        Q.garment_type("track pants"),
        title="Jockey Women Grey Melange Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a red crew sweatshirt with large white "BEING HUMAN" lettering, black jeans, no hat, white
    # backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-033",
        caption(
            "The man wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric. There is a hat on his head.",
            "unsupported",
        ),
        wearing("a red sweatshirt with white text on it and black jeans"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        describe("sweatshirt", "red", "non_answer"),
        Q.sleeve_length("long sleeves"),
        title="Being Human Men Red Printed Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a white track jacket with three black stripes down each sleeve, black track pants, white
    # backdrop; base-like caption, caption adapter epoch 1 / reference engine
    case(
        "X802-034",
        caption("a woman in a white jacket and black pants"),
        wearing("a white jacket with black stripes on the sleeves and black pants", who="she"),
        color_of("jacket", "black", "other_garment_color"),
        Q.pattern("striped"),
        details(
            "jacket",
            "a white jacket with black stripes on the sleeves, a black jacket with black stripes on the sleeves, a "
            "black jacket with black",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        title="Adidas Women White Track Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: man in a khaki cotton field jacket with four flap pockets and buttons, no hood, white henley, navy
    # chinos, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-035",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a beige jacket, a white shirt and blue pants", "pronoun", who="he"),
        Q.color("green", "contradiction"),
        details("jacket", "four flap pockets on the front and buttons, and a hood", "unsupported"),
        material("cotton"),
        Q.garment_type("jacket"),
        title="Mast & Harbour Men Khaki Solid Field Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in navy blue training tights with a small reflective logo, grey melange crew sweatshirt on top,
    # white sneakers, holding a water bottle, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-036",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long leggings. The sweatshirt is "
            "with cotton fabric and its neckline is round. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweatshirt and dark blue leggings, holding a water bottle", who="she"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("sweatshirt", "contradiction"),
        color_of("tights", "navy blue", kind="open"),
        is_a("pair of leggings", "yes"),
        title="Reebok Women Navy Blue Training Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in black track pants with red side panels and a red drawstring, white t-shirt, white backdrop;
    # caption adapter epoch 1 / reference engine
    case(
        "X802-037",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and color block patterns."
        ),
        wearing("a white t-shirt and black and red track pants"),
        Q.color("black"),
        Q.pattern("colour blocked"),
        details(
            "track pants",
            "red panels on the sides and a red drawstring, red panels on the sides and a red drawstring, red panels "
            "on the",
            "loop",
            hit_limit=True,
        ),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Kappa Men Black & Red Colourblocked Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a peach crew-neck sweatshirt with dropped shoulders, light blue jeans, white backdrop;
    # caption adapter epoch 1 / reference engine
    case(
        "X802-038",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns and a long pants. The pants are "
            "with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a pink sweatshirt and blue jeans", who="she"),
        Q.color("orange", "contradiction"),
        describe("sweatshirt", "a peach sweatshirt with a round neck and dropped shoulders"),
        Q.sleeve_length("long sleeves"),
        title="Dressberry Women Peach Solid Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a navy quilted puffer jacket with a small flag logo on the chest, open over a red hoodie with
    # the hood out, grey joggers, white backdrop; base-like caption, caption adapter epoch 1 / reference engine
    case(
        "X802-039",
        caption("a man wearing a blue jacket and a red hoodie"),
        wearing("a blue puffer jacket over a red hoodie and grey pants", who="he"),
        color_of("jacket", "red", "other_garment_color"),
        Q.pattern("solid"),
        details("jacket", "a small flag logo on the chest, a zip front and quilted panels"),
        Q.material(
            "The jacket is made of cotton and the hoodie is made of cotton and the pants are made of cotton and the",
            "cut",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men Navy Blue Solid Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in maroon track pants, white cropped hoodie, white backdrop; the feed row has no article type;
    # caption adapter epoch 1 / reference engine
    case(
        "X802-040",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is "
            "with cotton fabric and its neckline is hooded. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white hoodie and maroon track pants", who="she"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("sweatshirt", "contradiction"),
        details(
            "track pants",
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is "
            "with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        title="Campus Sutra Women Maroon Solid Track Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a colour-blocked crew sweatshirt, green body with navy sleeves and a navy shoulder panel, no
    # pockets, blue jeans, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-041",
        caption(
            "The man wears a long-sleeve sweatshirt with color block patterns and a long pants. The sweatshirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a green and blue sweatshirt and jeans", who="he"),
        Q.pattern("solid", "contradiction"),
        Q.color("green"),
        describe(
            "sweatshirt",
            "a green sweatshirt with navy sleeves and a navy panel across the shoulders, and a zip pocket on the chest",
            "unsupported",
        ),
        details("sweatshirt", "The sweatshirt details are the details of the sweatshirt.", "restated"),
        Q.sleeve_length("long sleeves"),
        title="Wrangler Men Green Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in a knee-length black hooded parka with a drawstring waist and two flap pockets, blue jeans,
    # tan ankle boots, white backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-042",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a long pants. The coat has a hooded "
            "neckline. The pants are with denim fabric and pure color patterns."
        ),
        wearing("she is wearing a black coat, blue jeans and brown boots"),
        color_of("jacket", "black"),
        Q.garment_type("coat"),
        details("jacket", "a hood, a drawstring waist and two flap pockets"),
        Q.material(
            "Question: What material is the garment made of? Answer: Question: What material is the garment made "
            "of? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Harpa Women Black Solid Longline Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in charcoal grey tapered track pants, navy blue pullover hoodie, holding a black gym bag, white
    # backdrop; base-like caption, caption adapter epoch 1 / reference engine
    case(
        "X802-043",
        caption("a man in a blue hoodie and grey pants holding a bag"),
        wearing("a navy blue hoodie and grey track pants", who="he"),
        color_of("track pants", "navy blue", "other_garment_color"),
        Q.garment_type("sweatshirt", "contradiction"),
        details(
            "track pants",
            "a grey track pants with a grey track pants with a grey track pants with a grey track pants with a grey",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Nike Men Charcoal Grey Tapered Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a light blue tie-dye hoodie with white swirls and a front pocket, white joggers, white
    # backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-044",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is with "
            "cotton fabric and its neckline is hooded. The pants are with cotton fabric and pure color patterns. She",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue tie dye hoodie and white pants", who="she"),
        Q.color("blue"),
        Q.pattern("printed"),
        describe("hoodie", "a light blue hoodie with white tie-dye swirls and a front pocket"),
        material("The hoodie is made of denim.", "unsupported"),
        is_a("jacket", "yes", "contradiction"),
        title="Tokyo Talkies Women Blue Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a maroon sleeveless quilted puffer vest over a grey full-sleeve sweater, black jeans, white
    # backdrop; caption adapter epoch 1 / reference engine
    case(
        "X802-045",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a red vest over a grey sweater and black jeans"),
        Q.sleeve_length("sleeveless"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("vest"),
        material("a quilted synthetic fabric"),
        details("jacket", "Answer: a quilted vest with a zip front and two pockets", "leak"),
        title="Monte Carlo Men Maroon Solid Sleeveless Puffer Jacket",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in black tights with three white stripes down each leg, grey cropped sweatshirt, white backdrop;
    # caption adapter epoch 1 / reference engine
    case(
        "X802-046",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long leggings. The leggings are "
            "with cotton fabric and striped patterns."
        ),
        wearing("a grey sweatshirt and black leggings with white stripes", who="she"),
        Q.color("white", "contradiction"),
        is_a("pair of leggings", "yes"),
        describe(
            "tights",
            "Describe the tights. Describe the tights. Describe the tights. Describe the tights. Describe the",
            "loop",
            hit_limit=True,
        ),
        details("tights", "three white stripes down each leg and a wide waistband"),
        material("The material of the garment is the material.", "restated"),
        title="Adidas Women Black 3-Stripes Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
]
