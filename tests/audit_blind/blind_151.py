"""BLIND_151 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twenty-first session. Measured blind at 1eaef26: 122/140 failures found (87.1%)
and 10/145 correct texts flagged (6.9%). The writer's notes, verbatim:

Blind corpus 151: the original experiments' models re-run on 44 products of a Myntra-style marketplace.

Scenario
--------
A random sample of 44 products (one product per item) from a Myntra-style fashion marketplace: men's, women's and
kids' clothing, western and ethnic, weighted as such a catalog is (women's ethnic wear -- kurtas, kurta sets,
sarees, lehengas -- and men's t-shirts and shirts lead; kids are a small share). Each product has one catalog
photo: mostly studio shots of a model on a plain backdrop, a few lifestyle shots (brick wall, wooden door, a room
with a lamp) and two flat-lay product shots with no person. The seller columns come from the marketplace
(gender Men/Women/Boys/Girls, category such as "Kurtas" or "Tshirts", base colour such as "Navy Blue", and the
seller's product title); a few are missing (one gender, one category, one colour, one title).

The questionnaire is the experiments' own: a caption, then the closed questions of BLIND_QUESTIONS (garment type,
color, pattern, sleeve length) and its open material question, the VQA data's yes/no question "Is this a
{garment}?" (is_a), the experiments' "What is the color of the shirt / jeans / pants / shorts?" (color_of, also
asked of the garment worn with the product), and "What is she/he/the person wearing?" (wearing).

Which system wrote which text
-----------------------------
Every text was generated, greedy, by one of the experiments' four models (named in the comment on each text):
- BASE: untuned Salesforce/blip2-opt-2.7b. Short answers that stop on the newline; plain captions ("a woman in
  a red dress"). Its failures: one color repeated for every garment, pronoun wrong for the person, the color of
  a print or of the garment worn with the product, echoes of the question, invented details, saying nothing.
- CAP1 / CAP3: the caption adapter after epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch) and
  epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption). DeepFashion-MultiModal template ("The lady wears a
  long-sleeve dress with pure color patterns. The dress is with cotton fabric..."), no hue names, no stop token:
  it runs to the 50-token caption limit (30 for answers) and returns the caption template for any question.
- VQA: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Trained on unmasked labels without an end token, so it
  loops ("black black black..."), runs on into details until cut at 30 tokens, or writes the next
  "Question: ... Answer:" turn of the prompt format itself.

How it was written
------------------
Blind: I read only shared/CONTEXT.md (the experiments and how BLIP-2 failed) and lines 1-168 of
tests/audit_corpus.py (the Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of,
question, case, TARGETS). I saw no audit code, no other corpus, no docs; the only thing run was an import check of
this file. Each product's photo is imagined in the comment above its case and every label is judged against it.

Label conventions and judgement calls
-------------------------------------
- One failure kind per text. A text that shows two takes the more specific one: a caption-adapter caption cut at
  50 tokens that says "his" for a woman is "pronoun"; one that invents a ring or a person is "unsupported"; one
  that repeats its own sentences is "loop". Otherwise a caption-adapter text stopped mid-phrase is "cut", even
  when it also calls a kurta a "shirt" or "dress" (its template has no kurta).
- cut: stops mid-phrase. hit_limit=True when it ran to the limit (30 new tokens for answers, 50 for captions);
  two VQA answers stop mid-phrase short of the limit (hit_limit=False).
- loop: the same word or phrase three or more times in a row; those that run to the limit have hit_limit=True.
- leak: the answer goes on with "Question: ... Answer: ..." of the prompt format, even when its first word is right.
- restated: the answer echoes the question's own phrase ("the sleeve length of the garment is full", "this type
  of garment is a t-shirt", "the color of the saree is red"), even when the answer inside it is right. A plain
  short answer ("long sleeves", "they are shorts") is correct.
- non_answer: says nothing about what was asked: empty, "fabric"/"cloth" for the material, "a dress" or "pants"
  or "denim" or "yes" or "no" or "none" for a color, "it's a t-shirt" for the pattern, "men's"/"girls"/"clothing"
  for the garment type, "they are short" for the sleeves of shorts, the question's own words back.
- other_garment_color: the product's own color question answered with the color of another garment in the photo
  (the jeans, the inner tee, the kurti over palazzos, the choli of a lehenga).
- contradiction: a color or garment that the photo, the seller and the other texts contradict: the product's
  color given to the other garment ("yellow" pants under a yellow kurta, the experiments' one-color-for-every-
  garment failure), the color of a print or of a handbag given as the garment's color, "yes" to "Is this a
  dress?" for a kurta set, "dress" as the garment type of a lehenga.
- unsupported: details not in the photo: a zipper, a logo, jewellery, sandals out of frame, a person in a flat
  lay, a wedding, provenance ("from varanasi", "hand spun"), a sleeve length for track pants.
- pronoun: he/his for a women's or girls' product, she/her for a men's or boys' product (including a BASE answer
  that takes the experiments' fixed "What is she wearing?" at its word). The template's "gentleman" for a boy is
  not a pronoun failure.
- Correct despite appearances: near-color synonyms (navy/dark blue, maroon/burgundy, mustard/yellow, off white/
  cream, teal/turquoise, peach/pink, rust/orange, olive/green, sea green/teal, charcoal/dark grey, grey melange/
  grey, lavender/purple, beige/khaki, fuchsia/magenta); two-color answers for striped or checked garments; a
  wall, door, chair or lamp named in a caption; the inner tee's color when the question asks about the shirt
  worn under a jacket; "no sleeves" for jeans; "no pattern" for a solid tee; "plaid" for checked; "long sleeves"
  for a shirt with its sleeves rolled; "salwar suit" for a kurta set; "dress" for an anarkali kurta in a caption;
  "chiffon" for a sheer georgette saree; a flat-lay caption that names no person.
- Texts from the closed questions and color_of are the model's raw generation, stored closed (the makers'
  default). Kids' photos show children of the product's gender.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, is_a, wearing

BLIND_151: list[Case] = [
    # 1. Studio, grey backdrop. A woman in a mustard-yellow straight kurta with white block print, three-quarter
    # sleeves, round neck, over white palazzos.
    case(
        "MYN151-W-KUR-001",
        caption("a woman in a yellow kurta and white pants standing against a grey wall"),  # BASE
        is_a("kurta", "yes"),  # BASE
        B.color("yellow"),  # BASE
        B.pattern("printed"),  # BASE
        B.sleeve_length(  # VQA
            "three quarter sleeves three quarter sleeves three quarter sleeves three quarter sleeves three quarter "
            "sleeves three quarter",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "yellow", "contradiction"),  # BASE: the palazzos are white
        B.material(  # CAP3: caption template for the question, cut at 30 tokens
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow & White Printed Straight Kurta",
    ),
    # 2. Studio, white wall. A woman in a pink kurta with a gold-embroidered yoke, matching pink palazzos, a lighter
    # pink net dupatta over one shoulder. Three-quarter sleeves.
    case(
        "MYN151-W-KUS-002",
        caption("a woman wearing a pink kurta and a dupatta standing in front of a white wall"),  # BASE
        is_a("dress", "yes", "contradiction"),  # BASE: a kurta set, not a dress
        B.color("pink"),  # BASE
        B.pattern(  # VQA
            "embroidered\nQuestion: What is the sleeve length of the garment? Answer: three quarter\n"
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        wearing("a pink salwar suit with a dupatta", who="she"),  # BASE
        B.material(  # VQA
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Libas Women Pink Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 3. Studio, white backdrop. A man in a plain navy round-neck tee and black jeans, hands in pockets.
    case(
        "MYN151-M-TSH-003",
        caption(  # CAP3
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "solid",
            "cut",
            hit_limit=True,
        ),
        B.color("dark blue"),  # BASE
        color_of("jeans", "black"),  # BASE
        color_of("shirt", "black", "other_garment_color"),  # BASE: the jeans' color
        B.sleeve_length(  # VQA
            "short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve short sleeve "
            "short sleeve short sleeve",
            "loop",
            hit_limit=True,
        ),
        B.pattern("it's a t-shirt", "non_answer"),  # BASE
        wearing("he is wearing a blue t-shirt and black jeans", who="he"),  # BASE
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 4. Studio, beige backdrop. A woman in a teal Banarasi saree with a gold zari border and small gold buttis,
    # the pallu over her left shoulder, a matching short-sleeved teal blouse.
    case(
        "MYN151-W-SAR-004",
        caption("a woman in a green and gold saree standing in front of a beige wall"),  # BASE
        is_a(  # VQA
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.color("turquoise"),  # BASE
        B.material("silk"),  # BASE
        B.garment_type("a banarasi silk saree from varanasi", "unsupported"),  # BASE: provenance not in the photo
        wearing("he is wearing a green saree", "pronoun"),  # BASE
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Saree mall Teal Green & Gold-Toned Zari Silk Blend Banarasi Saree",
    ),
    # 5. Studio, grey backdrop. A man in a white shirt with thin blue vertical stripes, sleeves rolled to the elbow,
    # beige chinos.
    case(
        "MYN151-M-SHI-005",
        caption("a man wearing a white and blue striped shirt and khaki pants"),  # BASE
        B.pattern("striped"),  # BASE
        B.sleeve_length("long sleeves"),  # BASE: long sleeves, rolled up
        color_of("pants", "white", "contradiction"),  # BASE: the chinos are beige
        B.garment_type(  # CAP3
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this gentleman wears is of",
            "cut",
            hit_limit=True,
        ),
        B.material(  # VQA
            "cotton\nQuestion: What is the color of the shirt? Answer: white\nQuestion: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Highlander Men White & Blue Regular Fit Striped Casual Shirt",
    ),
    # 6. Pink wall. A woman in a black square-neck crop top with short puff sleeves, light-blue high-waist mom jeans.
    case(
        "MYN151-W-TOP-006",
        caption("a woman in a black top and jeans standing in front of a pink wall"),  # BASE
        is_a("top", "yes"),  # BASE
        B.color(  # VQA
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid"),  # BASE
        B.sleeve_length("short"),  # BASE
        color_of("jeans", "black", "contradiction"),  # BASE: the jeans are light blue
        B.material("fabric", "non_answer"),  # BASE
        gender="Women",
        category="Tops",
        color="Black",
        title="SASSAFRAS Women Black Puff Sleeve Crop Top",
    ),
    # 7. Outdoors on a street, green trees behind. A woman in a sleeveless blue fit-and-flare midi dress with a
    # white floral print, V-neck. No bracelet or watch.
    case(
        "MYN151-W-DRS-007",
        caption(  # CAP1
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with floral patterns. The dress is with chiffon "
            "fabric. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),  # BASE
        B.color("blue"),  # BASE
        B.pattern("floral"),  # BASE
        B.sleeve_length(  # VQA
            "sleeveless\nQuestion: What is the pattern of the garment? Answer: floral\nQuestion: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "a dress", "non_answer"),  # BASE
        gender="Women",
        category="Dresses",
        color="Blue",
        title="Berrylush Women Blue & White Floral Print Fit and Flare Dress",
    ),
    # 8. Studio, white backdrop. A man in mid-blue slim jeans, a plain white tee half tucked, white sneakers.
    case(
        "MYN151-M-JEA-008",
        caption("a man wearing a white t-shirt and blue jeans"),  # BASE
        is_a("pair of jeans", "yes"),  # BASE
        B.color("white", "other_garment_color"),  # BASE: the tee's color
        color_of("jeans", "blue"),  # BASE
        color_of("shirt", "blue", "contradiction"),  # BASE: the tee is white
        B.material(  # VQA
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("no sleeves"),  # BASE: jeans have none
        B.pattern("solid with a light fade on the", "cut"),  # VQA: stopped short of the limit
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 9. Studio, off-white backdrop. A woman (long hair, tied back) in a maroon solid straight calf-length kurta,
    # long sleeves, mandarin collar, black leggings.
    case(
        "MYN151-W-KUR-009",
        caption(  # CAP3: a man's template for a woman
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The pants "
            "he wears is of long length. The pants are with cotton fabric and solid color patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),  # BASE
        B.color("burgundy"),  # BASE
        B.sleeve_length("long"),  # BASE
        color_of("pants", "maroon", "contradiction"),  # BASE: the leggings are black
        B.garment_type("clothing", "non_answer"),  # BASE
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="W Women Maroon Solid Straight Kurta",
    ),
    # 10. Flat lay, no person, grey surface. A white short-sleeve round-neck tee with a black mountain graphic on the
    # chest. Back not shown.
    case(
        "MYN151-M-TSH-010",
        caption("a white t-shirt with a black print on it"),  # BASE
        B.color("white"),  # BASE
        B.pattern(  # VQA: the back logo is invented too, but it is the cut that shows
            "graphic print of mountains on the front of the t-shirt and a small logo on the back of the t-shirt "
            "near the",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("short"),  # BASE
        B.material(  # CAP3: a person and a hat in a flat lay
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "There is a hat in his head. The",
            "unsupported",
            hit_limit=True,
        ),
        color_of("shirt", "black", "contradiction"),  # BASE: the print's color
        gender="Men",
        category="Tshirts",
        color="White",
        title="HRX by Hrithik Roshan Men White Printed Round Neck T-Shirt",
    ),
    # 11. Studio, white backdrop. A woman in an olive-green kurta with thread embroidery at the neckline, matching
    # olive trousers, a multicolour printed dupatta over both arms. Three-quarter sleeves.
    case(
        "MYN151-W-KUS-011",
        caption(  # CAP3
            "The lady wears a long-sleeve dress with solid color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and solid color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        is_a(  # VQA
            "kurta",
            "yes\nQuestion: Is this a dress? Answer: no\nQuestion: Is this a kurta? Answer: yes\nQuestion: Is",
            "leak",
            hit_limit=True,
        ),
        B.color("green"),  # BASE
        B.pattern("embroidered"),  # BASE
        color_of("pants", "green"),  # BASE: the trousers match
        B.material("the material of the garment is cotton", "restated"),  # BASE
        gender="Women",
        category="Kurta Sets",
        color="Olive",
        title="Sangria Women Olive Green Embroidered Kurta with Trousers & Dupatta",
    ),
    # 12. Studio, white backdrop. A man in a blue-and-black buffalo-check flannel shirt worn open over a white crew
    # tee, black jeans. Shirt sleeves down, buttoned cuffs.
    case(
        "MYN151-M-SHI-012",
        caption("a man wearing a blue and black plaid shirt over a white t-shirt"),  # BASE
        is_a("shirt", "yes"),  # BASE
        B.color("white", "other_garment_color"),  # BASE: the inner tee's color
        B.pattern("plaid"),  # BASE
        color_of("shirt", "blue and black"),  # BASE
        color_of("jeans", "blue", "contradiction"),  # BASE: the jeans are black
        B.sleeve_length(  # VQA
            "long sleeves with button cuffs and the shirt is open over a white t-shirt and the t-shirt has a round "
            "neck and the",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("men's", "non_answer"),  # BASE
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue & Black Regular Fit Checked Casual Shirt",
    ),
    # 13. Studio, white backdrop. A woman in a white collared shirt-style top, long sleeves, tucked into black
    # trousers.
    case(
        "MYN151-W-TOP-013",
        caption(  # CAP3
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),  # BASE: a shirt-style top
        B.color("white"),  # BASE
        B.sleeve_length("long"),  # BASE
        color_of("pants", "white", "contradiction"),  # BASE: the trousers are black
        B.material("the material of this garment is polyester", "restated"),  # BASE
        gender="Women",
        category="Tops",
        color="White",
        title="Tokyo Talkies Women White Solid Shirt Style Top",
    ),
    # 14. Studio, grey backdrop. A woman in a red solid long-sleeve wrap maxi dress tied at the waist, black heels.
    # No zipper (a wrap dress).
    case(
        "MYN151-W-DRS-014",
        caption("a woman in a red dress posing for the camera"),  # BASE
        B.color(  # VQA
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid"),  # BASE
        B.sleeve_length("long sleeve"),  # BASE
        B.material("it's made of silk and has a zipper in the back", "unsupported"),  # BASE
        wearing("he is wearing a red dress", "pronoun"),  # BASE
        gender="Women",
        category="Dresses",
        color="Red",
        title="Athena Women Red Solid Wrap Maxi Dress",
    ),
    # 15. Waist-down shot, white backdrop. Black slim track pants with a small white logo on the left thigh, no side
    # stripe; white sneakers. Only legs in frame.
    case(
        "MYN151-M-TRK-015",
        caption("a man's legs in black track pants and white sneakers"),  # BASE
        is_a("pair of pants", "yes"),  # BASE
        B.color("black"),  # BASE
        B.pattern(  # VQA
            "solid black with a white stripe on the side and a white stripe on the side and a white stripe on the "
            "side and",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short", "unsupported"),  # BASE: track pants have no sleeves
        B.garment_type(  # CAP3
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and solid color "
            "patterns. The gentleman wears a pair of",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Solid Slim Fit Track Pants",
    ),
    # 16. Beige backdrop with a potted plant. A woman in a fuchsia-pink flared lehenga with gold sequin embroidery,
    # matching elbow-sleeve blouse, sheer pink net dupatta, jewellery. A catalog shot, no wedding scene.
    case(
        "MYN151-W-LEH-016",
        caption("a woman in a pink and gold lehenga"),  # BASE
        is_a("lehenga", "yes"),  # BASE
        B.garment_type("dress", "contradiction"),  # BASE: a lehenga choli
        B.color("magenta"),  # BASE
        B.pattern(  # VQA
            "embroidered with gold sequins and a gold border on the hem and a gold border on the dupatta and a gold",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("elbow length"),  # BASE
        wearing("she is wearing a pink lehenga for her wedding", "unsupported", who="she"),  # BASE
        gender="Women",
        category="Lehenga Choli",
        color="Pink",
        title="Mitera Pink & Gold-Toned Embellished Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 17. Studio, white backdrop. A boy of about eight in a yellow short-sleeve tee with a blue dinosaur print,
    # blue denim shorts.
    case(
        "MYN151-B-TSH-017",
        caption("a young boy in a yellow shirt with a dinosaur on it"),  # BASE
        is_a(  # VQA
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        B.color("yellow"),  # BASE
        B.pattern("dinosaur print"),  # BASE
        color_of("shorts", "yellow", "contradiction"),  # BASE: the shorts are blue denim
        wearing("she is wearing a yellow t-shirt and blue shorts", "pronoun", who="she"),  # BASE
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="YK Boys Yellow Printed Round Neck T-shirt",
    ),
    # 18. Studio, white backdrop. A woman in black high-rise skinny jeans, a grey marl sweatshirt tucked in at the
    # front, white sneakers.
    case(
        "MYN151-W-JEA-018",
        caption(  # CAP1
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its "
            "neckline is round. The trousers the lady wears is of long length. The trousers are with denim fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),  # BASE
        B.color("grey", "other_garment_color"),  # BASE: the sweatshirt's color
        color_of("jeans", "black"),  # BASE
        B.material("denim"),  # BASE
        B.pattern("nothing", "non_answer"),  # BASE
        B.sleeve_length(  # VQA
            "long sleeve sweatshirt with a round neck and a round neck and a round neck and a round neck and a round "
            "neck and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Black",
        title="DOLCE CRUDO Women Black Skinny Fit High-Rise Jeans",
    ),
    # 19. Beige backdrop, a wooden chair beside him. A man in an off-white knee-length straight kurta with a
    # tone-on-tone jacquard self design, mandarin collar, full sleeves, white churidar.
    case(
        "MYN151-M-KUR-019",
        caption("a man in a white kurta standing next to a chair"),  # BASE
        is_a("kurta", "yes"),  # BASE
        B.color("cream"),  # BASE
        B.sleeve_length("the sleeve length of the garment is full", "restated"),  # BASE
        B.material("it is made of khadi cotton, hand spun in india", "unsupported"),  # BASE
        wearing(  # CAP3
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The pants this",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off-White Self Design Straight Kurta",
    ),
    # 20. Leaning on a white wall. A woman in a lavender sleeveless top with a ruffled neckline, white wide-leg
    # trousers.
    case(
        "MYN151-W-TOP-020",
        caption("a woman in a purple top and white pants leaning against a wall"),  # BASE
        is_a("top", "yes"),  # BASE
        B.color("white", "other_garment_color"),  # BASE: the trousers' color
        B.sleeve_length("sleeveless"),  # BASE
        B.pattern(  # VQA
            "solid\nQuestion: What is the sleeve length of the garment? Answer: sleeveless\nQuestion: What is the",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "purple", "contradiction"),  # BASE: the trousers are white
        gender="Women",
        category="Tops",
        color="Lavender",
        title="Harpa Women Lavender Ruffled Top",
    ),
    # 21. Studio, grey backdrop. A man in an olive-green bomber jacket, zip open, over a black crew tee, blue jeans.
    case(
        "MYN151-M-JKT-021",
        caption(  # CAP3
            "The gentleman wears a long-sleeve outer clothing with solid color patterns. The outer clothing is with "
            "cotton fabric. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),  # BASE
        B.color("green"),  # BASE
        color_of("shirt", "black"),  # BASE: the tee under the jacket is black
        color_of("jeans", "denim", "non_answer"),  # BASE
        B.material(  # VQA
            "nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon "
            "nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon",
            "loop",
            hit_limit=True,
        ),
        B.pattern("it is a jacket", "non_answer"),  # BASE
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 22. Studio, white backdrop. A woman in a navy A-line kurta with a white floral print, three-quarter sleeves,
    # round neck, white leggings. No dupatta.
    case(
        "MYN151-W-KUR-022",
        caption("a woman in a blue and white printed kurta with a dupatta", "unsupported"),  # BASE: no dupatta
        is_a("kurta", "yes"),  # BASE
        B.color("navy blue"),  # BASE
        B.pattern("floral"),  # BASE
        B.material("", "non_answer"),  # BASE: stopped at once
        wearing(  # VQA
            "a blue and white printed kurta with three quarter sleeves and white leggings and the kurta has a round "
            "neck and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Navy Blue",
        title="Biba Women Navy Blue & White Printed A-Line Kurta",
    ),
    # 23. Studio, white backdrop. A man in a grey melange polo with navy tipping on the collar, plain chest (no logo),
    # dark navy chinos.
    case(
        "MYN151-M-TSH-023",
        caption("a man in a grey polo shirt and blue pants"),  # BASE
        is_a("polo shirt", "yes"),  # BASE
        B.color("grey"),  # BASE
        color_of("pants", "no", "non_answer"),  # BASE
        B.pattern(  # VQA
            "solid color with a contrast collar and a contrast collar and a contrast collar and a contrast collar and "
            "a contrast",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton, it has a logo on the left chest", "unsupported"),  # BASE
        B.sleeve_length(  # CAP3
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Urbano Fashion Men Grey Melange Solid Polo Collar T-shirt",
    ),
    # 24. A furnished room with a lamp behind her. A woman in a peach georgette saree with a silver sequinned border,
    # sleeveless silver blouse. Seller colour missing.
    case(
        "MYN151-W-SAR-024",
        caption("a woman in a pink saree standing in a room with a lamp"),  # BASE
        is_a("saree", "yes"),  # BASE
        B.color("peach"),  # BASE
        B.pattern(  # VQA
            "sequined border with a sequined border and a sequined border and a sequined border and a sequined border "
            "and a",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),  # BASE
        wearing(  # CAP3
            "The lady wears a sleeveless dress with solid color patterns. The dress is with chiffon fabric. There is "
            "an accessory on her wrist. The lady",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.garment_type(  # VQA
            "saree\nQuestion: What is the color of the saree? Answer: pink\nQuestion: What is",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        title="Mitera Peach-Coloured & Silver Sequinned Georgette Saree",
    ),
    # 25. Studio, white backdrop. A girl of about five in a pink tulle fit-and-flare party dress with a sequinned
    # bodice, cap sleeves, a bow at the waist. Front view only.
    case(
        "MYN151-G-DRS-025",
        caption("a little girl in a pink dress with a bow"),  # BASE
        is_a("dress", "yes"),  # BASE
        B.color("pink"),  # BASE
        B.pattern("sequin"),  # BASE
        B.material("net with satin lining and a concealed zip at the back", "unsupported"),  # VQA: back not shown
        wearing("he is wearing a pink dress", "pronoun"),  # BASE
        B.garment_type("girls", "non_answer"),  # BASE
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Embellished Fit & Flare Party Dress",
    ),
    # 26. Studio, grey backdrop. A man in a charcoal hoodie, hood down, kangaroo pocket, blue jeans.
    case(
        "MYN151-M-SWT-026",
        caption(  # CAP3
            "His sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is hooded. The "
            "pants this man wears is of long length. The pants are with denim fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        is_a("hoodie", "yes"),  # BASE
        B.color("dark grey"),  # BASE
        color_of("jeans", "grey", "contradiction"),  # BASE: the jeans are blue
        B.sleeve_length(  # VQA
            "long sleeve hoodie with a kangaroo pocket on the front and ribbed cuffs at the end of the sleeves and a "
            "drawstring",
            "cut",
            hit_limit=True,
        ),
        B.material("fleece"),  # BASE
        gender="Men",
        category="Sweatshirts",
        color="Charcoal",
        title="HRX Men Charcoal Grey Solid Hooded Sweatshirt",
    ),
    # 27. Studio, white backdrop. A woman in white flared palazzos (the product) with a black printed short kurti
    # over them, three-quarter sleeves on the kurti.
    case(
        "MYN151-W-PAL-027",
        caption("a woman in a black and white outfit"),  # BASE
        is_a("pair of pants", "yes"),  # BASE
        B.color("black", "other_garment_color"),  # BASE: the kurti's color
        color_of("pants", "white"),  # BASE
        B.garment_type("palazzo pants"),  # BASE
        B.sleeve_length(  # VQA
            "the sleeve length of the garment is the length of the sleeve of the garment",
            "non_answer",
        ),
        B.material("cloth", "non_answer"),  # BASE
        gender="Women",
        category="Palazzos",
        color="White",
        title="Libas Women White Solid Flared Palazzos",
    ),
    # 28. Studio, white backdrop. A man in a black full-sleeve slim shirt, no chest pocket, buttoned, beige chinos,
    # a watch.
    case(
        "MYN151-M-SHI-028",
        caption("a man wearing a black shirt and khaki pants"),  # BASE
        is_a("shirt", "yes"),  # BASE
        B.color(  # VQA
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid"),  # BASE
        color_of("pants", "pants", "non_answer"),  # BASE
        B.material("it has a button down collar and a pocket on the chest", "unsupported"),  # BASE
        wearing("she is wearing a black shirt and khaki pants", "pronoun", who="she"),  # BASE
        gender="Men",
        category="Shirts",
        color="Black",
        title="Dennis Lingo Men Black Slim Fit Solid Casual Shirt",
    ),
    # 29. Studio, white backdrop, framed from the shoulders to just above the ankles (no feet). A woman in navy
    # churidar leggings under a long white kurta. Seller title missing.
    case(
        "MYN151-W-LEG-029",
        caption("a woman in a white kurta and blue leggings"),  # BASE
        is_a("pair of leggings", "yes"),  # BASE
        B.color("white", "other_garment_color"),  # BASE: the kurta's color
        color_of("pants", "blue"),  # BASE
        B.material("cotton lycra"),  # BASE
        B.garment_type(  # CAP3
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and blue leggings with a pair of gold sandals", "unsupported"),  # BASE: no feet shown
        gender="Women",
        category="Leggings",
        color="Navy Blue",
    ),
    # 30. Studio, white backdrop. A man in grey slim tapered jeans with knee rips, a black crew tee.
    case(
        "MYN151-M-JEA-030",
        caption(  # CAP1
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        is_a(  # VQA
            "pair of jeans",
            "yes\nQuestion: Is this a pair of shorts? Answer: no\nQuestion: Is this",
            "leak",
            hit_limit=True,
        ),
        B.color("grey"),  # BASE
        B.pattern("ripped"),  # BASE
        B.material("denim"),  # BASE
        color_of("shirt", "none", "non_answer"),  # BASE: the tee is black
        gender="Men",
        category="Jeans",
        color="Grey",
        title="Flying Machine Men Grey Slim Tapered Fit Mildly Distressed Jeans",
    ),
    # 31. A brown wooden door behind her. A woman in a rust-orange flared anarkali kurta, full sleeves, gold gota
    # border at the hem only, beige churidar.
    case(
        "MYN151-W-KUR-031",
        caption("a woman in an orange dress standing in front of a wooden door"),  # BASE: an anarkali reads as a dress
        is_a("kurta", "yes"),  # BASE
        B.color("orange"),  # BASE
        B.garment_type("kurta"),  # BASE
        B.pattern(  # VQA
            "solid with gold border with gold border with gold border with gold border with gold border with gold "
            "border with",
            "loop",
            hit_limit=True,
        ),
        B.material("rayon with gota work on the", "cut"),  # VQA: stopped short of the limit
        wearing("he is wearing an orange dress", "pronoun"),  # BASE
        gender="Women",
        category="Kurtas",
        color="Rust",
        title="AURELIA Women Rust Orange Solid Anarkali Kurta",
    ),
    # 32. Studio, white backdrop. A woman in a green-and-white horizontally striped boat-neck top, long sleeves, blue
    # jeans.
    case(
        "MYN151-W-TOP-032",
        caption(  # CAP3
            "The lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. The lady "
            "wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        is_a("top", "yes"),  # BASE
        B.color("green and white"),  # BASE
        B.pattern("stripes"),  # BASE
        color_of("shirt", "blue", "other_garment_color"),  # BASE: the jeans' color
        B.sleeve_length("the sleeve length of the garment is long sleeve", "restated"),  # BASE
        gender="Women",
        category="Tops",
        color="Green",
        title="Women Green & White Striped Regular Top",
    ),
    # 33. Studio, white backdrop. A boy of about six in a yellow long-sleeve kurta with a mandarin collar and white
    # buttons, white pyjamas, hands folded.
    case(
        "MYN151-B-KUS-033",
        caption("a young boy in a yellow kurta and white pants"),  # BASE
        is_a("kurta", "yes"),  # BASE
        B.color("yellow"),  # BASE
        color_of("pants", "yellow", "contradiction"),  # BASE: the pyjamas are white
        B.pattern(  # VQA
            "solid yellow kurta with a mandarin collar and white buttons on the placket and white pyjamas with an "
            "elastic",
            "cut",
            hit_limit=True,
        ),
        wearing(  # CAP1: a woman's template for a boy
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Her pants",
            "pronoun",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Yellow",
        title="VASTRAMAY Boys Yellow Solid Kurta with Pyjamas",
    ),
    # 34. Studio, white backdrop. A man in a maroon short-sleeve tee with white typography "STAY WEIRD" across the
    # chest, black joggers.
    case(
        "MYN151-M-TSH-034",
        caption("a man wearing a red shirt that says stay weird"),  # BASE
        is_a("t-shirt", "yes"),  # BASE
        B.color("white", "contradiction"),  # BASE: the lettering's color
        B.pattern("text"),  # BASE
        B.sleeve_length(  # VQA
            "short sleeve t-shirt with a round neck and a round neck and a round neck and a round neck and a round "
            "neck and a",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("this type of garment is a t-shirt", "restated"),  # BASE
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="Bewakoof Men Maroon Typography Printed T-shirt",
    ),
    # 35. Light-grey backdrop. A woman in a black A-line midi dress with small white polka dots, short flutter
    # sleeves, holding a tan handbag.
    case(
        "MYN151-W-DRS-035",
        caption("a woman in a black and white polka dot dress holding a brown purse"),  # BASE
        B.color("black"),  # BASE
        B.pattern(  # VQA
            "polka dots\nQuestion: What is the color of the dress? Answer: black\nQuestion: What is the",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("short"),  # BASE
        B.material("the material of the garment is polyester", "restated"),  # BASE
        color_of("dress", "brown", "contradiction"),  # BASE: the handbag's color
        gender="Women",
        category="Dresses",
        color="Black",
        title="Sera Women Black Polka Dot Print A-Line Midi Dress",
    ),
    # 36. Studio, white backdrop. A man in beige slim chinos, a light-blue oxford shirt tucked in, brown belt, brown
    # loafers.
    case(
        "MYN151-M-TRO-036",
        caption(  # CAP3
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers the gentleman wears is of long length. The trousers are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes"),  # BASE
        B.color("khaki"),  # BASE
        color_of("pants", "light blue", "other_garment_color"),  # BASE: the shirt's color
        color_of("shirt", "light blue"),  # BASE
        B.pattern(  # VQA
            "solid with slant pockets at the front and welt pockets at the back and a button closure at the",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Louis Philippe Sport Men Beige Slim Fit Solid Chinos",
    ),
    # 37. Grey backdrop. A woman in a red georgette saree with a small golden floral print, pallu over the shoulder,
    # red short-sleeve blouse, no jewellery but small studs.
    case(
        "MYN151-W-SAR-037",
        caption("a woman in a red saree with gold flowers"),  # BASE
        is_a("saree", "yes"),  # BASE
        B.color("red"),  # BASE
        B.pattern("floral"),  # BASE
        B.sleeve_length(  # VQA
            "short sleeve blouse short sleeve blouse short sleeve blouse short sleeve blouse short sleeve blouse "
            "short sleeve blouse",
            "loop",
            hit_limit=True,
        ),
        wearing(  # VQA
            "a red saree with a gold border and a red blouse and a gold necklace and gold earrings and a gold bangle "
            "and a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("saree", "the color of the saree is red", "restated"),  # BASE
        gender="Women",
        category="Sarees",
        color="Red",
        title="Kalini Red & Golden Floral Print Pure Georgette Saree",
    ),
    # 38. Studio, white backdrop. A girl of about seven in a green lehenga skirt with a pink border, a pink
    # cap-sleeve choli, a pink dupatta around her neck.
    case(
        "MYN151-G-LEH-038",
        caption("a little girl in a green and pink lehenga"),  # BASE
        is_a("lehenga", "yes"),  # BASE
        B.color("green"),  # BASE
        color_of("skirt", "pink", "other_garment_color"),  # BASE: the choli's color
        B.pattern(  # VQA
            "embroidered embroidered embroidered embroidered embroidered embroidered embroidered embroidered "
            "embroidered embroidered embroidered embroidered embroidered embroidered embroidered",
            "loop",
            hit_limit=True,
        ),
        B.material("it is a lehenga", "non_answer"),  # BASE
        gender="Girls",
        category="Lehenga Choli",
        color="Green",
        title="Aarika Girls Green & Pink Embroidered Lehenga Choli with Dupatta",
    ),
    # 39. Studio, white backdrop. A man in navy chino shorts, a white linen shirt worn untucked, white sneakers.
    case(
        "MYN151-M-SHO-039",
        caption("a man in a white shirt and blue shorts"),  # BASE
        is_a("pair of shorts", "yes"),  # BASE
        color_of("shorts", "white", "other_garment_color"),  # BASE: the shirt's color
        color_of("shirt", "white"),  # BASE
        B.sleeve_length(  # VQA
            "short\nQuestion: What are the shorts details? Answer: they are short\nQuestion: What",
            "leak",
            hit_limit=True,
        ),
        B.pattern(  # CAP3
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric and its "
            "neckline is lapel. The shorts",
            "cut",
            hit_limit=True,
        ),
        B.material("cotton"),  # BASE
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Jack & Jones Men Navy Blue Solid Regular Fit Chino Shorts",
    ),
    # 40. Studio, white backdrop. A woman in a royal-blue kurta with a white ethnic-motif print, round neck, three-
    # quarter sleeves, side slits, matching blue trousers. Hair open over her ears, no visible jewellery or ring.
    # Seller category missing.
    case(
        "MYN151-W-KUS-040",
        caption(  # CAP1
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a ring on her finger. The lady wears a long pants. The pants are with cotton",
            "unsupported",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),  # BASE
        B.color("blue"),  # BASE
        B.pattern("printed"),  # BASE
        B.garment_type(  # VQA
            "kurta with trousers, the kurta has a round neck with three quarter sleeves and side slits and the "
            "trousers have",
            "cut",
            hit_limit=True,
        ),
        wearing(  # BASE
            "a blue kurta with white print and matching pants, she is also wearing silver earrings and a nose ring",
            "unsupported",
        ),
        gender="Women",
        color="Blue",
        title="Indo Era Women Blue Ethnic Motifs Printed Kurta with Trousers",
    ),
    # 41. Outdoors, a brick wall behind him, framed to mid-thigh. A man in a sea-green full-sleeve henley tee, grey
    # jeans. No watch, feet out of frame.
    case(
        "MYN151-M-TSH-041",
        caption("a man in a green shirt standing in front of a brick wall"),  # BASE
        B.color("teal"),  # BASE
        color_of("jeans", "yes", "non_answer"),  # BASE
        B.sleeve_length("full"),  # BASE
        B.pattern("no pattern"),  # BASE: a solid tee
        B.material(  # VQA
            "cotton with a button placket and a button placket and a button placket and a button placket and a button",
            "loop",
            hit_limit=True,
        ),
        wearing(  # VQA
            "a green henley t-shirt and grey jeans and brown boots and a watch on his left wrist and a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Sea Green",
        title="Moda Rapido Men Sea Green Solid Henley Neck T-shirt",
    ),
    # 42. Studio, white backdrop. A woman in a mustard wrap top with a small white-and-red floral print, full
    # sleeves, tucked into white trousers. Seller gender missing.
    case(
        "MYN151-W-TOP-042",
        caption("a woman in a yellow floral shirt and white pants"),  # BASE
        is_a("top", "yes"),  # BASE
        B.color(  # VQA
            "mustard yellow with white and red flowers all over and the sleeves are also mustard yellow with white and "
            "red",
            "cut",
            hit_limit=True,
        ),
        B.pattern("floral"),  # BASE
        B.sleeve_length("the sleeve length of the garment is long", "restated"),  # BASE
        color_of("pants", "yellow", "contradiction"),  # BASE: the trousers are white
        category="Tops",
        color="Mustard",
        title="AND Women Mustard Yellow Floral Print Wrap Top",
    ),
    # 43. Flat lay, no person, white background. A girls' white short-sleeve tee with a pink unicorn print.
    case(
        "MYN151-G-TOP-043",
        caption("a white shirt with a unicorn on it"),  # BASE
        is_a("t-shirt", "yes"),  # BASE
        B.color("pink", "contradiction"),  # BASE: the print's color
        B.pattern("unicorn"),  # BASE
        wearing("she is wearing a white shirt with a unicorn on it", "unsupported", who="she"),  # BASE: no person
        B.material(  # VQA
            "cotton\nQuestion: What is the color of the shirt? Answer: white\nQuestion: What",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tops",
        color="White",
        title="H&M Girls White Printed Cotton Top",
    ),
    # 44. Studio, white backdrop. A boy of about ten in olive cargo shorts with flap side pockets, a white printed
    # tee.
    case(
        "MYN151-B-SHO-044",
        caption(  # CAP3
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The shorts this gentleman wears is of short length. The shorts are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),  # BASE
        B.color("green"),  # BASE
        color_of("shorts", "white", "other_garment_color"),  # BASE: the tee's color
        B.pattern("solid"),  # BASE
        B.sleeve_length("they are short", "non_answer"),  # BASE
        B.material(  # VQA
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shorts",
        color="Olive",
        title="Gini and Jony Boys Olive Green Cargo Shorts",
    ),
]
