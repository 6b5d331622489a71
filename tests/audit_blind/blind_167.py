"""BLIND_167 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace, in their own
questionnaire): written blind in the twenty-second session. Measured blind at 29465cd: 129/143 failures found
(90.2%) and 14/142 correct texts flagged (9.9%). The writer's notes, verbatim:

Blind corpus 167: BLIP-2 OPT-2.7b outputs on 44 imagined Myntra-style marketplace products.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters, re-run on a random sample of 44
    products of a Myntra-style marketplace: men's, women's and kids' clothing, western and ethnic, weighted as the
    catalog is (T-shirts and shirts first, then kurtas, tops, bottoms, a few dresses, outerwear, a saree, kids' wear).
    One product per item. The questionnaire is the experiments' own: the closed questions of BLIND_QUESTIONS
    (garment type, color, pattern, sleeve length) and the open material question, the VQA data's "Is this a ...?"
    yes/no question (is_a) and "What is the color of the {garment}?" (color_of, stored open: free generation), and,
    on some items, the experiments' "What is he/she wearing?", "Describe the ..." and "What are the ... details?".
    The seller's columns (gender, category = article type, color = base colour, title = product display name) come
    from the marketplace; a few products lack the color or the title.

Which system wrote which text (named again in the comment above each case)
    BASE  = Salesforce/blip2-opt-2.7b, untuned (stops on the newline; short answers, mostly right, the known
            failures: one color for every garment, the wrong pronoun, invented details, the odd empty answer).
    CAP1  = leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch; CAP3 = leoreigoto/Data2_V2_Blip2_Finetune_Caption
            (caption adapters: return the DeepFashion caption template for every prompt, never stop, so they run
            to the 50-token caption / 30-token answer limit).
    VQA   = leoreigoto/Data3_V3_BLIP2_VQA (never learnt to stop: loops "yes yes yes", "black-black-black",
            runs on into the next "Question: ... Answer:" pair, echoes the prompt; gives the color of the most
            salient other garment, knows only the In-shop garment classes, so kurtas and sarees become "dress").

How it was written
    Blind: I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Text/Case
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case and TARGETS). No other
    file of the project, no audit code, no other corpus. Each photo is imagined first (comment above the case),
    then every text is labelled against that photo and the seller's columns.

Label conventions and judgement calls
    - One failure kind per text. A text that stops mid-phrase is labelled "cut" even when it is also a caption
      template given to a question (the cut is the dominant, certain failure); hit_limit=True when it ran to the
      limit (50 new tokens for captions, 30 for answers), False for the three stopped mid-phrase before the limit
      (a stray end token of the untuned model).
    - A loop is labelled "loop" even when it runs to the limit (hit_limit=True is set on such loops, as it would be).
    - "other_garment_color": a color answer about the product that gives the color of another garment in the photo
      (the jeans, the inner tee, the churidar, the tie, the shoes). "contradiction": a color or garment that the
      photo, the other texts or the seller contradict but that is not another garment's color (a background wall,
      a print's color, a class the VQA adapter forces such as "dress" for a kurta, "no" to "Is this a kurta?"), and
      the untuned model's one-color-for-every-garment answers about the *other* garments (jeans called grey because
      the tee is grey).
    - "leak": any text that contains the prompt format ("Question:", "Answer:") or runs on into the next pair.
    - "non_answer": empty, "i don't know", "unknown", "maybe", "i'm not sure", a word that names no value of the
      question ("clothing" for the garment type, "fabric" for the material, "it is a top" for the sleeve length), or
      only the question's words back ("they are short", "they are pants").
      "restated": the question rephrased as a sentence with no content ("the top is a top").
    - "unsupported": a visible detail the photo does not have (a crown, a chest pocket, a belt, a zipper).
    - "pronoun": the person's gender word contradicts the seller's gender column (men's, women's, boys', girls').
    - Correct, on purpose: near-color synonyms (navy for Navy Blue, burgundy for Maroon, cream for Off White, grey
      for Grey Melange, purple for Lavender, blue for Teal, yellow for Mustard, orange for Peach); two-color answers
      for striped, checked and printed garments; the inner tee's color when the question asks for the shirt of a
      jacket look; backgrounds named in captions (brick wall, garden, pink wall); product shots with no person;
      "kurta" near "top" for a short kurti; material guesses that fit the photo (cotton tee, silk saree).
    - Colors of other garments asked for by name (color_of("jeans") on a T-shirt product) are judged against that
      garment in the photo, not against the product.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing  # noqa: F401  (describe unused, kept as written)

CUT, NA, CON, OGC = "cut", "non_answer", "contradiction", "other_garment_color"
LOOP, LEAK, UNS, RES, PRO = "loop", "leak", "unsupported", "restated", "pronoun"


def _open(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_167: list[Case] = [
    # Photo: man in a navy crew-neck tee, light-blue jeans, plain grey studio backdrop.
    # caption BASE; color BASE; is_a VQA (loops); color_of jeans BASE; color_of shirt BASE (navy); material CAP3
    # (caption
    # template, cut at 30 tokens).
    case(
        "MYN-10234567",
        caption("a man in a navy blue t-shirt and jeans"),
        B.color("navy blue"),
        is_a(
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            LOOP,
            hit_limit=True,
        ),
        _open("jeans", "blue"),
        _open("shirt", "navy"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # Photo: man in a black tee with a large white mountain graphic, olive chinos, white background.
    # caption CAP3 (cut at 50 tokens); color BASE; pattern BASE; color_of shirt VQA (the print's white); color_of pants
    # BASE
    # (the tee's black given to the olive chinos); is_a BASE; sleeve_length VQA (loops).
    case(
        "MYN-10345112",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            CUT,
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("graphic print"),
        _open("shirt", "white", CON),
        _open("pants", "black", CON),
        is_a("t-shirt", "yes"),
        B.sleeve_length(
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve "
            "short-sleeve short-sleeve",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # Photo: man in a white polo tee, beige chinos, outdoors in a park, green trees behind.
    # caption BASE (background named); garment_type BASE; color VQA (runs into the next pair); is_a BASE; color_of shirt
    # VQA
    # (the chinos' beige); material CAP1 (caption template, cut).
    case(
        "MYN-10401876",
        caption("a man in a white polo shirt standing in a park"),
        B.garment_type("polo shirt"),
        B.color(
            "white\nQuestion: What is the color of the pants? Answer: beige\nQuestion: Is this a", LEAK, hit_limit=True
        ),
        is_a("polo shirt", "yes"),
        _open("shirt", "beige", OGC),
        B.material(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long trousers. The trousers are with cotton",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
    ),
    # Photo: man in a heather-grey tee, black jeans, white backdrop.
    # caption BASE (stopped early, mid-phrase, before the limit); color BASE (grey for Grey Melange); color_of jeans
    # BASE (the
    # tee's grey for the black jeans); color_of shirt VQA (loops); is_a BASE; sleeve_length VQA.
    case(
        "MYN-10512290",
        caption("a man wearing a grey t-shirt and black", CUT),
        B.color("grey"),
        _open("jeans", "grey", CON),
        _open(
            "shirt", "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey", LOOP, hit_limit=True
        ),
        is_a("t-shirt", "yes"),
        B.sleeve_length("short"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Roadster Men Grey Melange Solid Round Neck T-shirt",
    ),
    # Photo: bearded man with shoulder-length hair in an olive long-sleeve henley tee (three-button placket), tan
    # chinos, white background.
    # caption BASE (wrong gender); garment_type BASE ("clothing": no garment type); color BASE; details BASE; is_a VQA
    # ("no"
    # to a T-shirt); material VQA (loops).
    case(
        "MYN-10598833",
        caption("a woman in a green shirt and khaki pants", PRO),
        B.garment_type("clothing", NA),
        B.color("olive green"),
        details("shirt", "three buttons on the front"),
        is_a("t-shirt", "no", CON),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="WROGN Men Olive Green Solid Henley T-shirt",
    ),
    # Photo: product shot, no person: red polo tee with thin white horizontal stripes, laid flat on white.
    # caption BASE; color BASE (both stripe colors); pattern BASE; is_a VQA (runs on); sleeve_length BASE (no length
    # given);
    # material BASE.
    case(
        "MYN-10677401",
        caption("a red and white striped polo shirt on a white background"),
        B.color("red and white"),
        B.pattern("striped"),
        is_a(
            "polo shirt",
            "yes\nQuestion: Is this a polo shirt? Answer: yes\nQuestion: Is this a polo shirt? Answer:",
            LEAK,
            hit_limit=True,
        ),
        B.sleeve_length("it's a shirt", NA),
        B.material("cotton"),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Tommy Hilfiger Men Red & White Striped Polo Collar T-shirt",
    ),
    # Photo: man in a mustard tee with a black Puma cat logo, black track pants, grey background.
    # caption CAP1 (cut); color BASE (yellow for Mustard); color_of shirt VQA (the pants' black); is_a BASE; pattern VQA
    # (loops).
    case(
        "MYN-10702218",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and solid "
            "color patterns. There is an",
            CUT,
            hit_limit=True,
        ),
        B.color("yellow"),
        _open("shirt", "black", OGC),
        is_a("t-shirt", "yes"),
        B.pattern(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="Puma Men Mustard Yellow Brand Logo Printed T-shirt",
    ),
    # Photo: woman in a pink tee printed "BE KIND" in white, blue denim shorts, white backdrop.
    # caption BASE; wearing BASE; color VQA; color_of shorts BASE (the tee's pink for the blue shorts); is_a VQA;
    # details CAP3
    # (cut); material BASE.
    case(
        "MYN-10788542",
        caption("a woman in a pink t-shirt and denim shorts"),
        wearing("a pink t-shirt and shorts"),
        B.color("pink"),
        _open("shorts", "pink", CON),
        is_a("t-shirt", "yes"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The lady wears a short denim shorts. The "
            "shorts are with denim fabric and solid",
            CUT,
            hit_limit=True,
        ),
        B.material("the shirt is made of cotton"),
        gender="Women",
        category="Tshirts",
        color="Pink",
        title="Roadster Women Pink Typography Printed Round Neck T-shirt",
    ),
    # Photo: woman in a fitted white tee tucked into high-waist black jeans, standing against a pink wall.
    # Seller color missing.
    # caption BASE (background named); color BASE; color_of pants BASE; color_of shirt VQA (the wall's pink, not a
    # garment);
    # garment_type VQA (loops); is_a BASE.
    case(
        "MYN-10801175",
        caption("a woman wearing a white shirt and black pants standing in front of a pink wall"),
        B.color("white"),
        _open("pants", "black"),
        _open("shirt", "pink", CON),
        B.garment_type(
            "t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt", LOOP, hit_limit=True
        ),
        is_a("t-shirt", "yes"),
        gender="Women",
        category="Tshirts",
        title="Women White Solid Slim Fit T-shirt",
    ),
    # Photo: boy of about eight in a royal-blue tee with a green dinosaur print, grey shorts, white background.
    # Bare-headed: no cap.
    # caption BASE; wearing BASE ("What is he wearing?", invents a cap); color BASE; color_of shorts VQA (the tee's blue
    # for
    # the grey shorts); is_a VQA (loops); material CAP3 (cut).
    case(
        "MYN-10866320",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        wearing("a blue shirt and shorts and a red baseball cap", UNS, who="he"),
        B.color("blue"),
        _open("shorts", "blue", CON),
        is_a(
            "t-shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            LOOP,
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a three",
            CUT,
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Blue",
        title="Gini and Jony Boys Blue Dinosaur Printed T-shirt",
    ),
    # Photo: boy in a green tee with navy horizontal stripes, blue jeans, outdoor playground behind.
    # caption CAP3 (cut); color BASE (green and blue: the stripes); pattern BASE; color_of shirt BASE; color_of jeans
    # VQA
    # (loops); sleeve_length VQA (echoes the prompt).
    case(
        "MYN-10912004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long denim pants. The pants are with denim fabric and "
            "solid color",
            CUT,
            hit_limit=True,
        ),
        B.color("green and blue"),
        B.pattern("stripes"),
        _open("shirt", "green"),
        _open(
            "jeans",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            LOOP,
            hit_limit=True,
        ),
        B.sleeve_length("Question: What is the sleeve length of the garment? Answer: short-sleeve", LEAK),
        gender="Boys",
        category="Tshirts",
        color="Green",
        title="YK Boys Green & Navy Blue Striped Round Neck T-shirt",
    ),
    # Photo: girl of about six in a lavender tee with a glitter unicorn print, white leggings, white background.
    # caption BASE (purple for Lavender); color BASE; wearing BASE ("What is she wearing?", stopped mid-phrase before
    # the
    # limit); is_a VQA (loops); color_of pants BASE (the leggings); pattern VQA (floral: there are no flowers).
    case(
        "MYN-10955781",
        caption("a little girl in a purple shirt with a unicorn on it"),
        B.color("purple"),
        wearing("a purple t-shirt and white", CUT, who="she"),
        is_a(
            "t-shirt",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            LOOP,
            hit_limit=True,
        ),
        _open("pants", "white"),
        B.pattern("floral", CON),
        gender="Girls",
        category="Tshirts",
        color="Lavender",
        title="Gini and Jony Girls Lavender Unicorn Print T-shirt",
    ),
    # Photo: man in a blue-and-white checked shirt, sleeves rolled to the elbows, beige chinos, white backdrop.
    # No chest pockets.
    # caption CAP3 (cut); color BASE; pattern BASE; sleeve_length BASE; color_of shirt VQA (the chinos' beige); details
    # BASE
    # (invents chest pockets).
    case(
        "MYN-11003349",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            CUT,
            hit_limit=True,
        ),
        B.color("blue and white"),
        B.pattern("checkered"),
        B.sleeve_length("long sleeves rolled up"),
        _open("shirt", "beige", OGC),
        details("shirt", "the shirt has a collar, buttons and two chest pockets with flaps", UNS),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Highlander Men Blue & White Slim Fit Checked Casual Shirt",
    ),
    # Photo: man in a white formal shirt with a navy tie, charcoal trousers, light-grey background.
    # caption BASE; color BASE; color_of shirt VQA (the tie's navy); color_of pants BASE (grey for charcoal);
    # garment_type VQA
    # (runs on); sleeve_length BASE.
    case(
        "MYN-11047726",
        caption("a man in a white shirt and tie"),
        B.color("white"),
        _open("shirt", "navy blue", OGC),
        _open("pants", "grey"),
        B.garment_type(
            "shirt\nQuestion: What type of garment is this? Answer: shirt\nQuestion: What type of garment is",
            LEAK,
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Louis Philippe Men White Slim Fit Solid Formal Shirt",
    ),
    # Photo: man in a black casual shirt, top button open, light-blue jeans, red brick wall behind.
    # caption BASE (background named); color VQA (loops); color_of jeans BASE (the shirt's black for the light-blue
    # jeans);
    # is_a BASE (no answer); details CAP3 (cut); wearing BASE ("What is he wearing?").
    case(
        "MYN-11102953",
        caption("a man in a black shirt standing in front of a brick wall"),
        B.color(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            LOOP,
            hit_limit=True,
        ),
        _open("jeans", "black", CON),
        is_a("shirt", "i'm not sure", NA),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The gentleman wears a long denim pants. The "
            "pants are with denim fabric and",
            CUT,
            hit_limit=True,
        ),
        wearing("a black shirt and jeans", who="he"),
        gender="Men",
        category="Shirts",
        color="Black",
        title="Roadster Men Black Regular Fit Solid Casual Shirt",
    ),
    # Photo: man in an open maroon shirt worn over a white crew-neck tee, black jeans, white background.
    # caption BASE (layers); color BASE (burgundy for Maroon); color_of shirt VQA (the inner tee's white); is_a VQA
    # (loops);
    # sleeve_length CAP1 (cut); material BASE (no answer).
    case(
        "MYN-11158410",
        caption("a man wearing a maroon shirt over a white t-shirt"),
        B.color("burgundy"),
        _open("shirt", "white", OGC),
        is_a(
            "shirt",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            LOOP,
            hit_limit=True,
        ),
        B.sleeve_length(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman",
            CUT,
            hit_limit=True,
        ),
        B.material("unknown", NA),
        gender="Men",
        category="Shirts",
        color="Maroon",
        title="WROGN Men Maroon Slim Fit Solid Casual Shirt",
    ),
    # Photo: man in a dark-green short-sleeve shirt with a white leaf print, beige shorts, light-grey background.
    # No chest pocket; short sleeves without cuffs.
    # caption CAP3 (cut); color BASE; pattern BASE; color_of shorts BASE (the shirt's green for beige shorts); color_of
    # shirt
    # VQA (both print colors); sleeve_length BASE; material BASE (invents a pocket and sleeve buttons).
    case(
        "MYN-11203667",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a three-point shorts. The shorts are with cotton",
            CUT,
            hit_limit=True,
        ),
        B.color("green"),
        B.pattern("floral"),
        _open("shorts", "green", CON),
        _open("shirt", "green and white"),
        B.sleeve_length("short"),
        B.material("it is made of linen and has a pocket on the chest and buttons on the sleeves", UNS),
        gender="Men",
        category="Shirts",
        color="Green",
        title="Indian Terrain Men Green Tropical Printed Casual Shirt",
    ),
    # Photo: man in a navy formal shirt tucked into khaki trousers, brown belt, white background. No seller title.
    # caption BASE (dark blue); color BASE; color_of pants BASE (the shirt's blue for khaki); wearing BASE (wrong
    # gender);
    # is_a VQA; sleeve_length VQA (loops).
    case(
        "MYN-11259032",
        caption("a man in a dark blue shirt and khaki pants"),
        B.color("navy"),
        _open("pants", "blue", CON),
        wearing("she is wearing a blue shirt and khaki pants", PRO),
        is_a("shirt", "yes"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-sleeve",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
    ),
    # Photo: woman in a white shirt with thin blue vertical stripes, full sleeves, blue jeans, white backdrop.
    # caption CAP3 (cut); color BASE; color_of shirt VQA (both colors of the stripes); pattern BASE; is_a BASE;
    # sleeve_length
    # VQA; wearing BASE (wrong gender).
    case(
        "MYN-11300581",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long denim pants. The pants are with denim fabric and",
            CUT,
            hit_limit=True,
        ),
        B.color("white"),
        _open("shirt", "white and blue"),
        B.pattern("stripes"),
        is_a("shirt", "yes"),
        B.sleeve_length("long"),
        wearing("he is wearing a white shirt and jeans", PRO),
        gender="Women",
        category="Shirts",
        color="White",
        title="Women White & Blue Regular Fit Striped Casual Shirt",
    ),
    # Photo: man in an off-white knee-length kurta with a mandarin collar, white pyjamas, beige wall behind.
    # caption BASE (background named); garment_type VQA (dress: kurta is not one of its classes); is_a BASE; color BASE
    # (cream
    # for Off White); material CAP3 (cut); pattern VQA (loops).
    case(
        "MYN-11356204",
        caption("a man in a white kurta standing in front of a beige wall"),
        B.garment_type("dress", CON),
        is_a("kurta", "yes"),
        B.color("cream"),
        B.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman wears a",
            CUT,
            hit_limit=True,
        ),
        B.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure "
            "color",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Off White",
        title="Manyavar Men Off-White Solid Straight Kurta",
    ),
    # Photo: woman in an indigo straight kurta with white block-print motifs, 3/4 sleeves, white palazzos, plain
    # grey background.
    # caption BASE; garment_type BASE (no type given); color BASE (indigo); color_of pants VQA (loops); is_a VQA ("no"
    # to a
    # kurta); sleeve_length CAP3 (cut); wearing BASE (wrong gender).
    case(
        "MYN-11402779",
        caption("a woman in a blue and white kurta"),
        B.garment_type("a piece of clothing", NA),
        B.color("indigo"),
        _open(
            "pants", "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue", LOOP, hit_limit=True
        ),
        is_a("kurta", "no", CON),
        B.sleeve_length(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The lady "
            "wears a long trousers. The trousers are with",
            CUT,
            hit_limit=True,
        ),
        wearing("he is wearing a blue kurta", PRO),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Anouk Women Blue & White Block Printed Straight Kurta",
    ),
    # Photo: woman in a maroon A-line kurta with a gold embroidered yoke, gold-beige palazzos, a potted plant and
    # white wall behind.
    # caption BASE (calls the kurta a red dress; seller: Kurtas, Maroon); garment_type BASE; color BASE; color_of kurta
    # VQA
    # (the palazzos' gold); is_a BASE; material VQA (loops); details BASE.
    case(
        "MYN-11455012",
        caption("a woman in a red dress with gold embroidery", CON),
        B.garment_type("kurta"),
        B.color("maroon"),
        _open("kurta", "gold", OGC),
        is_a("kurta", "yes"),
        B.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk "
            "silk silk silk silk silk silk silk silk silk silk",
            LOOP,
            hit_limit=True,
        ),
        details("kurta", "gold embroidery on the neck"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Libas Women Maroon Yoke Design A-Line Kurta",
    ),
    # Photo: woman in a bottle-green straight kurta with small white floral buttis, white cigarette pants, white
    # background. Seller color missing.
    # caption BASE; color BASE; pattern VQA; is_a VQA (loops); color_of pants BASE (the kurta's green for white pants);
    # garment_type VQA (echoes and runs on); material BASE ("fabric": no material).
    case(
        "MYN-11507398",
        caption("a woman in a green kurta with white flowers"),
        B.color("dark green"),
        B.pattern("floral"),
        is_a("kurta", "yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes-yes", LOOP, hit_limit=True),
        _open("pants", "green", CON),
        B.garment_type(
            "Question: What type of garment is this? Answer: dress Question: What type of garment is this? Answer:",
            LEAK,
            hit_limit=True,
        ),
        B.material("fabric", NA),
        gender="Women",
        category="Kurtas",
        title="W Women Green Floral Printed Straight Kurta",
    ),
    # Photo: woman in a mustard anarkali kurta with a red-and-green print, red churidar, white background.
    # caption CAP3 (cut); color VQA (the churidar's red); color_of kurta BASE (yellow for Mustard); garment_type BASE;
    # is_a
    # BASE; details VQA (loops).
    case(
        "MYN-11560127",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            CUT,
            hit_limit=True,
        ),
        B.color("red", OGC),
        _open("kurta", "yellow"),
        B.garment_type("anarkali kurta"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the sleeves,",
            LOOP,
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Biba Women Mustard Yellow Printed Anarkali Kurta",
    ),
    # Photo: woman in a pastel-pink short kurti with mirror work at the neckline, 3/4 plain sleeves (no tassels),
    # blue jeans, white backdrop.
    # caption BASE (top for kurti); color BASE; color_of jeans VQA (the kurti's pink); is_a BASE (yes to kurta for a
    # kurti);
    # details BASE (invents tassels); material CAP3 (cut).
    case(
        "MYN-11613850",
        caption("a woman in a pink top and jeans"),
        B.color("light pink"),
        _open("jeans", "pink", CON),
        is_a("kurta", "yes"),
        details("kurti", "it has mirror work on the neckline and tassels on the sleeves", UNS),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a",
            CUT,
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtis",
        color="Pink",
        title="Sangria Women Pink Mirror Work Straight Kurti",
    ),
    # Photo: woman with a short pixie cut in a black sleeveless top, white trousers, white background.
    # caption BASE (wrong gender); color VQA; sleeve_length BASE; color_of pants BASE; garment_type CAP3 (cut); pattern
    # VQA
    # (loops).
    case(
        "MYN-11667205",
        caption("a man in a black top and white pants", PRO),
        B.color("black"),
        B.sleeve_length("sleeveless"),
        _open("pants", "white"),
        is_a("top", "yes"),
        B.garment_type(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is round. The lady",
            CUT,
            hit_limit=True,
        ),
        B.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            LOOP,
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="Harpa Women Black Solid Sleeveless Top",
    ),
    # Photo: woman seated on a wooden chair, hands in her lap, in a white top with a pink-and-red floral print,
    # flutter sleeves, light-blue jeans, white background.
    # caption BASE (invents a cup); color BASE; color_of shirt VQA (the jeans' blue); pattern BASE; garment_type VQA
    # (loops);
    # material BASE (no answer); wearing BASE.
    case(
        "MYN-11702466",
        caption("a woman sitting on a chair holding a cup of coffee wearing a floral top", UNS),
        B.color("white"),
        _open("shirt", "blue", OGC),
        B.pattern("floral"),
        B.garment_type(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse",
            LOOP,
            hit_limit=True,
        ),
        B.material("i don't know", NA),
        wearing("a floral top and jeans"),
        gender="Women",
        category="Tops",
        color="White",
        title="Women White & Pink Floral Print Flutter Sleeve Top",
    ),
    # Photo: woman in a red short-sleeve peplum top, black skinny jeans, white background.
    # caption CAP3 (cut); color BASE; color_of pants BASE (the top's red for black jeans); is_a BASE; garment_type VQA;
    # details BASE (restates); pattern VQA (echoes the prompt and runs on).
    case(
        "MYN-11758931",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long denim pants. The pants are with denim fabric and pure color",
            CUT,
            hit_limit=True,
        ),
        B.color("red"),
        _open("pants", "red", CON),
        is_a("top", "yes"),
        B.garment_type("a top"),
        details("top", "the top is a top", RES),
        B.pattern("Question: What is the pattern of the garment? Answer: pure color\nQuestion:", LEAK),
        gender="Women",
        category="Tops",
        color="Red",
        title="Women Red Solid Peplum Top",
    ),
    # Photo: product shot on a ghost mannequin, no person: teal wrap top with a tie at the waist, 3/4 sleeves,
    # white background. Seller title missing.
    # caption BASE (blue for Teal, background named); color BASE; is_a VQA; details BASE; material VQA (restates);
    # sleeve_length BASE (no length given).
    case(
        "MYN-11803340",
        caption("a blue top on a white background"),
        B.color("teal"),
        is_a("top", "yes"),
        details("top", "it has a tie at the waist"),
        B.material("the garment is made of the material of the garment", RES),
        B.sleeve_length("it is a top", NA),
        gender="Women",
        category="Tops",
        color="Teal",
    ),
    # Photo: man in blue skinny jeans, white tee, white sneakers, white background.
    # caption BASE; garment_type BASE (restates); color BASE (the tee's white); color_of jeans BASE; is_a VQA; details
    # CAP3
    # (cut); material VQA.
    case(
        "MYN-11856612",
        caption("a man in a white shirt and blue jeans"),
        B.garment_type("this garment is a type of garment that is worn", RES),
        B.color("white", OGC),
        _open("jeans", "blue"),
        is_a("jeans", "yes", article="a pair of"),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T-shirt is with",
            CUT,
            hit_limit=True,
        ),
        B.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # Photo: woman in black skinny jeans and a grey crew-neck sweatshirt, white background.
    # caption CAP3 (cut); color VQA (the sweatshirt's grey); color_of jeans BASE; is_a BASE; garment_type VQA (loops);
    # material BASE (no answer); wearing BASE (wrong gender).
    case(
        "MYN-11901287",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and "
            "its neckline is round. The lady wears a long denim pants. The pants are with denim",
            CUT,
            hit_limit=True,
        ),
        B.color("grey", OGC),
        _open("jeans", "black"),
        is_a("jeans", "yes", article="a pair of"),
        B.garment_type(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            LOOP,
            hit_limit=True,
        ),
        B.material("i don't know", NA),
        wearing("he is wearing a grey sweater and black jeans", PRO),
        gender="Women",
        category="Jeans",
        color="Black",
        title="DressBerry Women Black Skinny Fit Mid-Rise Jeans",
    ),
    # Photo: man in navy track pants with a white side stripe, grey tee, white background.
    # caption BASE; color BASE; color_of pants VQA (the tee's grey); garment_type VQA (runs into the next pair); details
    # BASE
    # (the question's word back); pattern BASE; material VQA (loops).
    case(
        "MYN-11955730",
        caption("a man in a grey shirt and blue track pants"),
        B.color("navy blue"),
        _open("pants", "grey", OGC),
        B.garment_type(
            "track pants\nQuestion: What is the color of the track pants? Answer: navy blue\nQuestion: What",
            LEAK,
            hit_limit=True,
        ),
        details("pants", "they are pants", NA),
        B.pattern("a white stripe on the side"),
        B.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester polyester polyester",
            LOOP,
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="Puma Men Navy Blue Solid Track Pants",
    ),
    # Photo: woman in black joggers with cuffed ankles, pink hoodie, white background.
    # caption BASE; color CAP1 (caption template, cut); color_of pants BASE; is_a VQA ("no" to pants); garment_type
    # BASE;
    # material BASE (stopped mid-phrase before the limit).
    case(
        "MYN-12003318",
        caption("a woman in a pink hoodie and black pants"),
        B.color(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long pants. The pants",
            CUT,
            hit_limit=True,
        ),
        _open("pants", "black"),
        is_a("pants", "no", CON, article="a pair of"),
        B.garment_type("joggers"),
        B.material("it is made of a soft cotton and", CUT),
        gender="Women",
        category="Track Pants",
        color="Black",
        title="Women Black Solid Joggers",
    ),
    # Photo: man in beige chino shorts, navy polo tee, white background, arms at his sides, nothing in his hands.
    # caption BASE (invents a skateboard); color VQA (the polo's navy); color_of shorts BASE; details BASE (the
    # question's
    # word back); is_a VQA (loops); garment_type BASE; material CAP3 (cut).
    case(
        "MYN-12057764",
        caption("a man in a blue shirt and khaki shorts holding a skateboard", UNS),
        B.color("navy", OGC),
        _open("shorts", "beige"),
        details("shorts", "they are short", NA),
        is_a(
            "shorts",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            LOOP,
            hit_limit=True,
            article="a pair of",
        ),
        B.garment_type("shorts"),
        B.material(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears",
            CUT,
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Beige",
        title="Highlander Men Beige Solid Slim Fit Chino Shorts",
    ),
    # Photo: man in a grey-melange hooded sweatshirt with a kangaroo pocket, black joggers, white background.
    # caption BASE; garment_type VQA; color BASE; color_of pants BASE (the hoodie's grey for black joggers); is_a BASE;
    # details CAP3 (cut); material BASE.
    case(
        "MYN-12100453",
        caption("a man in a grey hoodie and black pants"),
        B.garment_type("sweatshirt"),
        B.color("grey"),
        _open("pants", "grey", CON),
        is_a("hoodie", "yes"),
        details(
            "hoodie",
            "The sweater is with cotton fabric and its neckline is hooded. The gentleman wears a long pants. The "
            "pants are with cotton fabric and",
            CUT,
            hit_limit=True,
        ),
        B.material("fleece"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Hooded Sweatshirt",
    ),
    # Photo: woman in a peach crew-neck sweatshirt printed "PARIS" in white, light-blue jeans, white background.
    # caption BASE (orange for Peach); color BASE; color_of shirt VQA (the jeans' light blue); pattern BASE (restates);
    # is_a
    # VQA (prompt marker); wearing BASE.
    case(
        "MYN-12154872",
        caption("a woman wearing an orange sweatshirt that says paris"),
        B.color("peach"),
        _open("shirt", "light blue", OGC),
        B.pattern("the pattern of the garment is a pattern", RES),
        is_a("sweatshirt", "Answer: yes", LEAK),
        wearing("a sweatshirt with the word paris on it and jeans"),
        gender="Women",
        category="Sweatshirts",
        color="Peach",
        title="Women Peach-Coloured Typography Printed Sweatshirt",
    ),
    # Photo: woman in a black knee-length fit-and-flare dress with small white polka dots, short sleeves, round
    # neck, red heels, white background. No belt; the back is not shown.
    # caption CAP3 (cut); color BASE; pattern BASE; color_of dress VQA (the heels' red); is_a VQA; sleeve_length BASE;
    # material BASE (invents a zipper and a belt).
    case(
        "MYN-12208195",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady wears a pair of high heels. There is an accessory on her wrist. The",
            CUT,
            hit_limit=True,
        ),
        B.color("black and white"),
        B.pattern("polka dots"),
        _open("dress", "red", OGC),
        is_a("dress", "yes"),
        B.sleeve_length("short"),
        B.material("it is made of silk and has a zipper on the back and a belt", UNS),
        gender="Women",
        category="Dresses",
        color="Black",
        title="Women Black & White Polka Dot Print Fit and Flare Dress",
    ),
    # Photo: woman in a light-blue sleeveless maxi dress with white flowers, standing in a garden, green plants.
    # caption BASE (background named); color VQA (the plants' green, not a garment); pattern VQA (loops); sleeve_length
    # BASE;
    # is_a BASE; material BASE (no answer); wearing BASE (wrong gender).
    case(
        "MYN-12251640",
        caption("a woman in a blue floral dress standing in a garden"),
        B.color("green", CON),
        B.pattern(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral",
            LOOP,
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        B.material("unknown", NA),
        wearing("he is wearing a blue dress", PRO),
        gender="Women",
        category="Dresses",
        color="Blue",
        title="Women Blue Floral Print Maxi Dress",
    ),
    # Photo: woman in olive wide-leg high-waist trousers, white shirt tucked in, no belt, white background.
    # caption CAP3 (cut); color BASE; color_of pants VQA (the shirt's white); is_a BASE; garment_type VQA; details BASE
    # (invents a belt); material BASE (empty).
    case(
        "MYN-12306077",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and",
            CUT,
            hit_limit=True,
        ),
        B.color("olive"),
        _open("pants", "white", OGC),
        is_a("pants", "yes", article="a pair of"),
        B.garment_type("pants"),
        details("pants", "wide legs, a high waist and a gold buckle belt", UNS),
        B.material("", NA),
        gender="Women",
        category="Trousers",
        color="Olive",
        title="Women Olive Green Regular Fit Solid Trousers",
    ),
    # Photo: man in a black faux-leather biker jacket (no hood), open over a white tee, blue jeans, white
    # background.
    # caption BASE (layers); color VQA (the tee's white); garment_type BASE; is_a VQA; color_of shirt BASE (the inner
    # tee,
    # asked by name); color_of jeans BASE (the jacket's black for blue jeans); details BASE (invents a hood).
    case(
        "MYN-12350912",
        caption("a man wearing a black leather jacket over a white t-shirt"),
        B.color("white", OGC),
        B.garment_type("jacket"),
        is_a("jacket", "yes"),
        _open("shirt", "white"),
        _open("jeans", "black", CON),
        details("jacket", "it has a zipper, a collar and a hood", UNS),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Biker Jacket",
    ),
    # Photo: woman in a mustard cable-knit pullover, blue jeans, white background.
    # caption CAP1 (cut); color BASE; pattern BASE; color_of jeans VQA (the sweater's yellow); material VQA (loops);
    # sleeve_length BASE.
    case(
        "MYN-12404458",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The lady wears a long denim pants. The pants are with denim fabric and",
            CUT,
            hit_limit=True,
        ),
        B.color("mustard"),
        B.pattern("cable knit"),
        _open("jeans", "yellow", CON),
        B.material(
            "wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool "
            "wool wool wool wool wool wool wool wool wool wool",
            LOOP,
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        gender="Women",
        category="Sweaters",
        color="Mustard",
        title="Women Mustard Yellow Cable Knit Pullover Sweater",
    ),
    # Photo: woman in a red silk-blend saree with a gold zari border, matching red short-sleeve blouse, gold
    # earrings, white background. No headpiece.
    # caption BASE; garment_type VQA (dress); color BASE; is_a BASE; pattern BASE; material BASE; sleeve_length VQA
    # (echoes
    # and runs on); wearing BASE (invents a crown).
    case(
        "MYN-12459903",
        caption("a woman in a red sari"),
        B.garment_type("dress", CON),
        B.color("red and gold"),
        is_a("saree", "yes"),
        B.pattern("gold border"),
        B.material("silk"),
        B.sleeve_length(
            "Question: What is the sleeve length of the garment? Answer: short-sleeve Question: What is the sleeve "
            "length of the",
            LEAK,
            hit_limit=True,
        ),
        wearing("a red saree and a gold crown", UNS),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Women Red & Gold-Toned Zari Silk Blend Saree",
    ),
    # Photo: girl of about seven in pink leggings and a white tee with small red hearts, white background.
    # caption BASE; color VQA (the tee's white); color_of pants BASE; is_a BASE (empty); garment_type CAP3 (cut);
    # wearing BASE ("What is she wearing?", wrong gender in the answer).
    case(
        "MYN-12503126",
        caption("a little girl in a white shirt and pink pants"),
        B.color("white", OGC),
        _open("pants", "pink"),
        is_a("leggings", "", NA, article="a pair of"),
        B.garment_type(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a",
            CUT,
            hit_limit=True,
        ),
        wearing("he is wearing a white shirt and pink leggings", PRO, who="she"),
        gender="Girls",
        category="Leggings",
        color="Pink",
        title="Gini and Jony Girls Pink Solid Leggings",
    ),
    # Photo: woman in a navy tunic with a white geometric print, black leggings, white background.
    # caption BASE; color VQA (the leggings' black); color_of top BASE; pattern BASE; is_a VQA (no answer);
    # sleeve_length CAP3
    # (cut); material BASE (restates).
    case(
        "MYN-12557481",
        caption("a woman in a blue and white top and black leggings"),
        B.color("black", OGC),
        _open("top", "navy blue"),
        B.pattern("geometric"),
        is_a("top", "maybe", NA),
        B.sleeve_length(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long",
            CUT,
            hit_limit=True,
        ),
        B.material("the garment is made of material", RES),
        gender="Women",
        category="Tunics",
        color="Navy Blue",
        title="Women Navy Blue Geometric Print Tunic",
    ),
]
