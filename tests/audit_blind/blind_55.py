"""BLIND_55 (44 products; the experiments re-run on a random Myntra-style sample, the experiments' questionnaire):
written blind in the seventeenth session. Measured blind at e93d6fb: 129/146 and 12/150. The writer's notes,
verbatim:

Blind corpus 55: the original BLIP-2 experiments re-run on a random sample of a Myntra-style catalog.

Scenario
    44 products drawn at random from a Myntra-style fashion marketplace, weighted as such a catalog is: many
    t-shirts, shirts, kurtas and kurtis, jeans and trousers, tops and dresses; a few sweatshirts, a jacket, shorts,
    a skirt, leggings and a saree. Photos are the marketplace's own: a model on a plain studio backdrop (white,
    grey, beige, once a pastel pink wall), a few flat product shots without a person. Seller columns are passed as
    the marketplace gives them (gender "Men"/"Women", category = article type such as "Tshirts", "Kurtis",
    color = base colour such as "Navy Blue", "Grey Melange", title = product display name); some products lack a
    title, a color, or the gender.
    Only the experiments' own questionnaire was asked: "What is he/she wearing?" (pronoun from the catalog gender,
    "the person" where gender is missing), "What is the color of the shirt / jeans / pants / shorts / ...?",
    "Describe the shirt.", "What are the shirt details?", the VQA data's "Is this a {garment}?", and the closed
    questions of BLIND_QUESTIONS (garment type, color, pattern, VQA-style sleeve length, material).

Which system wrote which text (named again in the comment above every case)
    - base: Salesforce/blip2-opt-2.7b, untuned, greedy; it stops at the newline, so its texts are short and
      complete, lowercase captions ("a man in a white shirt and black pants"). It wrote every correct text and the
      failures the experiments saw in the base: one color for every garment, wrong pronoun, invented details,
      non-answers and restated questions, a kurta or saree called a dress, a few loops and mid-phrase stops.
    - cap1 / cap3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3). They write the DeepFashion-MultiModal template
      ("The gentleman wears a short-sleeve T-shirt with pure color patterns ...") for every prompt, never stop,
      and are cut at the token limit (50 new tokens for captions, 30 for answers) or fall into loops.
    - vqa: leoreigoto/Data3_V3_BLIP2_VQA. In-shop vocabulary ("tee", "Heather grey", "Cream-navy", "denim"),
      never stops: either repeats its answer ("black-black-black...") or runs on into the next
      "Question: ... Answer:" turn of its training format (a leak), until the 30-token limit.

How it was written
    Blind: I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case and TARGETS). Nothing else of the
    project was opened; the only thing run was an import check of this file. Every photo is imagined and is
    described in the comment above its case; every label is judged against that imagined photo.

Label conventions and judgement calls
    - One label per text, the most salient failure. A phrase repeated three or more times is a loop even though it
      also ran to the limit; a text that runs into "Question:" / "Answer:" is a leak even though the limit cut it;
      cut is for texts that stop mid-phrase with neither.
    - hit_limit=True on every text that used all its new tokens (30 for answers, 50 for captions): all adapter
      texts and the few base texts that ran on. A base text that ends mid-phrase before the limit (it emitted the
      newline early) is cut with hit_limit=False.
    - A caption adapter answering a question with its caption template (the erased question answering of the
      experiments) that reaches the limit is labelled cut (or loop when it repeats); the template's garments are
      not judged further.
    - color_of texts are stored open (the re-run generated freely, as the experiments did); the BLIND_QUESTIONS
      closed questions stay closed as the maker defines them.
    - Another garment's color: in an open answer (color_of, wearing, describe) it is other_garment_color,
      including the experiments' "one color for every garment" (the pants given the shirt's color); in the closed
      color question it is contradiction. A print's color or the wall's color given as the garment's color is
      contradiction (the seller color and caption have the ground color).
    - Near-color synonyms are correct: navy / navy blue, maroon / burgundy, "red" for maroon, olive / green,
      mustard / yellow, teal / turquoise, lavender / purple, beige / khaki, Grey Melange / grey / gray, and
      (a judgement call) "light pink" for Peach. "black" for Navy Blue is a contradiction.
    - Garment synonyms are correct: kurti as kurta, tunic or top; polo shirt for the Tshirts category; hoodie or
      (a judgement call) sweater for a sweatshirt; pants for jeans; chinos for trousers; blouse for a women's shirt
      or top; sari for saree; "yes" to "Is this a blouse?" for a woman's shirt. A kurta, kurti or saree called a
      dress or a shirt, a skirt or shirt dress called otherwise, skinny jeans called leggings: contradiction.
    - "pure color" (DeepFashion for solid) is a correct pattern; "lattice" is DeepFashion's checks.
    - A plain fabric word the photo and title do not contradict (cotton, denim, linen) is correct; blends, brands,
      logos, pockets, prints on an unseen back, accessories not in the photo, a leather claim for a nylon bomber:
      unsupported.
    - non_answer: empty, "unknown", "i don't know", "none", "nothing", "clothing", "fabric", "yes" to an open
      question, or only the garment's name back ("they are jeans", "they are short", "it's a dress").
      restated: the question's own words returned ("the shirt is a shirt", "the details of the shirt",
      "describe the shirt", "the sleeve length of the garment").
    - pronoun: judged against the catalog gender and the person in the photo (the comment says why the base model
      misread them). Flat product shots have no person; "a white t-shirt" for "What is he wearing?" there is
      correct.
    - Backgrounds, layers under or over the product, and visible accessories (a watch, a belt) named in captions
      and answers are correct when the photo has them.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing


def _c(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' color question, generated freely: stored open."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_55: list[Case] = [
    # 1. Man in a navy half-sleeve crew-neck tee, light-blue jeans, white studio backdrop. Navy reads very dark.
    # caption: cap3; wearing, color_of, color, details, is_a: base; sleeve_length: vqa.
    case(
        "MYN-10016983",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt "
            "is with cotton fabric and its neckline is round. The pants are with denim fabric and pure color "
            "patterns. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue t-shirt and jeans", who="he"),
        _c("shirt", "navy blue"),
        B.color("black", "contradiction"),
        B.sleeve_length(
            "short-sleeve-short-sleeve-short-sleeve-short-sleeve-short-sleeve-short-sleeve-short",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "i'm not sure", "non_answer"),
        is_a("tee", "yes"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Flat product shot, no person: black crew-neck tee with a white "RUN" graphic on the chest, grey backdrop.
    # caption, color, pattern: base; describe: cap3; is_a: vqa.
    case(
        "MYN-11820112",
        caption("a black t-shirt with a white print on the front"),
        B.color("black"),
        B.pattern("printed"),
        describe(
            "shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The T-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "graphic tee",
            "yes Question: What is the color of the tee? Answer: Black-white Question: Is this a tee? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-Shirt",
    ),
    # 3. Woman in a white tee with a pink flower graphic, tucked into mid-blue jeans, white wall behind.
    # caption, wearing, color_of, pattern: base; details: cap3.
    case(
        "MYN-12211456",
        caption("a woman in a white t-shirt and blue jeans standing against a white wall"),
        wearing("he is wearing a white t-shirt and jeans", "pronoun", who="she"),
        _c("shirt", "white"),
        B.pattern("graphic"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt has short sleeves and graphic "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="White",
        title="HERE&NOW Women White Printed Round Neck T-shirt",
    ),
    # 4. Man in a grey-melange polo (navy tipping on the collar), navy chinos, white backdrop.
    # caption, color_of x2, is_a, garment_type, details: base; material: cap3.
    case(
        "MYN-10345521",
        caption("a man wearing a grey polo shirt and navy pants"),
        _c("shirt", "grey"),
        _c("pants", "grey", "other_garment_color"),
        is_a("polo shirt", "yes"),
        B.garment_type("polo shirt"),
        details("shirt", "the shirt details", "restated"),
        B.material(
            "The shirt is with cotton fabric and its neckline is lapel. The gentleman wears a long pants. The pants "
            "are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="U.S. Polo Assn. Men Grey Melange Solid Polo Collar T-shirt",
    ),
    # 5. Man with shoulder-length hair in an olive tee with thin white horizontal stripes, black jeans, grey backdrop.
    # caption: cap1; color, pattern, color_of jeans, wearing, is_a: base; color_of shirt: vqa.
    case(
        "MYN-13579024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and solid color "
            "patterns. This gentleman wears",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        B.pattern("stripes"),
        _c("jeans", "black"),
        wearing("she is wearing a green striped shirt and black jeans", "pronoun", who="he"),
        _c(
            "shirt",
            "Olive-white Question: What is the color of the pants? Answer: Black Question: Is this a tee? Answer: yes "
            "Question",
            "leak",
            hit_limit=True,
        ),
        is_a("tee", "no", "contradiction"),
        gender="Men",
        category="Tshirts",
        color="Olive",
        title="Roadster Men Olive Green & White Striped Round Neck T-shirt",
    ),
    # 6. Woman in a solid lavender crew-neck tee tucked into white denim shorts, beige backdrop.
    # caption, color, color_of, wearing, is_a, material: base; details: vqa.
    case(
        "MYN-14002391",
        caption("a woman in a purple t-shirt and white shorts"),
        B.color("white", "contradiction"),
        _c("shirt", "lavender"),
        wearing("a purple shirt tucked into white shorts", who="she"),
        is_a("blouse", "no"),
        details(
            "shirt",
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, the "
            "hem, the sleeves",
            "loop",
            hit_limit=True,
        ),
        B.material("a blend of cotton and polyester with a little spandex", "unsupported"),
        gender="Women",
        category="Tshirts",
        color="Lavender",
    ),
    # 7. Flat product shot, no person: plain white crew-neck tee on a white backdrop; no pocket, no print.
    # caption, wearing, describe, details, color: base; pattern: vqa.
    case(
        "MYN-15500873",
        caption("a white t-shirt on a white background"),
        wearing("a white t-shirt", who="he"),
        describe("shirt", "it's a plain white t-shirt with a round neck and short sleeves"),
        details("shirt", "the shirt has a small pocket on the chest", "unsupported"),
        B.color("white"),
        B.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure "
            "color",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Mast & Harbour Men White Solid Round Neck T-shirt",
    ),
    # 8. Man in a maroon long-sleeve henley, grey joggers, white backdrop.
    # caption, color, color_of pants, garment_type: base; color_of shirt: vqa; describe: cap3.
    case(
        "MYN-16111245",
        caption("a man in a red shirt and grey pants"),
        B.color("burgundy"),
        _c("pants", "grey"),
        B.garment_type("clothing", "non_answer"),
        _c(
            "shirt",
            "maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon-maroon",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="HRX by Hrithik Roshan Men Maroon Solid Henley Neck T-shirt",
    ),
    # 9. Woman in an oversized mustard tee over black cycling shorts, white backdrop; no logo anywhere.
    # Gender column missing (unisex listing). caption, wearing, color, color_of, garment_type, details: base;
    # sleeve_length: vqa.
    case(
        "MYN-17234560",
        caption("a woman wearing a yellow t-shirt and black shorts"),
        wearing("a yellow t-shirt", who="the person"),
        B.color("yellow"),
        _c("shirt", "black", "other_garment_color"),
        B.garment_type("", "non_answer"),
        details("shirt", "the t-shirt has a small nike logo on the chest", "unsupported"),
        B.sleeve_length(
            "short-sleeve Question: What is the color of the tee? Answer: Yellow Question: What cloth is the person "
            "wearing? Answer",
            "leak",
            hit_limit=True,
        ),
        category="Tshirts",
        color="Mustard",
        title="Bewakoof Unisex Mustard Yellow Oversized T-shirt",
    ),
    # 10. Man in a blue-and-white checked shirt worn open over a white crew tee, khaki chinos, white backdrop.
    # The product is the checked shirt (a layer). caption, color_of, color, pattern, wearing, material: base;
    # details: cap3.
    case(
        "MYN-18400233",
        caption("a man wearing a blue plaid shirt over a white t-shirt"),
        _c("shirt", "white", "other_garment_color"),
        B.color("blue"),
        B.pattern("plaid"),
        wearing("a plaid shirt, a white t-shirt and khaki pants", who="he"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. It has long sleeves and lattice patterns. "
            "The gentleman wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        B.material("made of cotton and linen with a soft brushed finish", "unsupported"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="HIGHLANDER Men Blue & White Slim Fit Checked Casual Shirt",
    ),
    # 11. Man in a plain white formal shirt tucked into black trousers, light-grey backdrop.
    # caption, color_of, sleeve_length, describe: base; details, wearing: vqa.
    case(
        "MYN-19002871",
        caption("a man in a white shirt and black pants"),
        _c("shirt", "white"),
        B.sleeve_length("long sleeves"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details(
            "shirt",
            "the collar, the cuffs, the buttons, the collar, the cuffs, the buttons, the collar, the cuffs, the "
            "buttons, the collar",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "Shirt Question: Is this a blouse? Answer: no Question: What is the color of the shirt? Answer: White "
            "Question:",
            "leak",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Arrow Men White Regular Fit Solid Formal Shirt",
    ),
    # 12. Man in a solid olive-green long-sleeve shirt, sleeves rolled to the elbow, blue jeans, white backdrop.
    # caption, color, color_of x2, sleeve_length: base; describe: cap3.
    case(
        "MYN-19870014",
        caption("a man in a brown shirt and blue jeans", "contradiction"),
        B.color("olive"),
        _c("shirt", "green"),
        _c("jeans", "blue"),
        B.sleeve_length("long sleeves rolled up"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is "
            "with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Olive",
        title="Roadster Men Olive Green Solid Casual Shirt",
    ),
    # 13. Woman in a light-blue denim shirt, long sleeves, tucked into white jeans, white backdrop.
    # caption, color_of x2, material, describe: base; garment_type: vqa.
    case(
        "MYN-20111958",
        caption("a woman wearing a denim shirt and white jeans"),
        _c("shirt", "light blue"),
        _c("jeans", "white"),
        B.material("denim"),
        describe("shirt", "describe the shirt", "restated"),
        B.garment_type(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="Blue",
        title="Roadster Women Blue Denim Casual Shirt",
    ),
    # 14. Man in a short-sleeve maroon shirt with a small white ditsy flower print, black jeans; only the front
    # is shown. caption, pattern, color, wearing, describe: base; details: cap3.
    case(
        "MYN-21256700",
        caption("a man wearing a maroon shirt with white flowers on it"),
        B.pattern("floral"),
        B.color("white", "contradiction"),
        wearing("he is wearing a maroon shirt and black jeans", who="he"),
        describe("shirt", "a maroon shirt with white flowers and a palm tree print on the back", "unsupported"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. It has short sleeves and floral patterns. The "
            "gentleman wears a long denim",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Maroon",
        title="HERE&NOW Men Maroon & White Printed Casual Shirt",
    ),
    # 15. Man with shoulder-length hair in a solid black long-sleeve shirt, charcoal-grey trousers, white backdrop.
    # caption: cap3; color_of x2, garment_type, wearing, material: base.
    case(
        "MYN-22003417",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman wears a long pants. The "
            "pants are with cotton fabric. The gentleman wears a long pants. The pants are with cotton fabric. The "
            "gentleman wears a long pants. The",
            "loop",
            hit_limit=True,
        ),
        _c("shirt", "black"),
        _c("pants", "black", "other_garment_color"),
        B.garment_type("shirt"),
        wearing("she is wearing a black shirt and grey pants", "pronoun", who="he"),
        B.material("cotton"),
        gender="Men",
        category="Shirts",
        color="Black",
        title="Dennis Lingo Men Black Slim Fit Solid Casual Shirt",
    ),
    # 16. Man in a pale-pink long-sleeve linen shirt, untucked, beige chinos, white backdrop.
    # caption, color, material, details, is_a: base; describe: vqa; wearing: cap1.
    case(
        "MYN-22890356",
        caption("a man in a pink shirt and khaki pants"),
        B.color("pink"),
        B.material("linen"),
        details("shirt", "none", "non_answer"),
        is_a("polo shirt", "no"),
        describe(
            "shirt",
            "pink Question: What is the color of the pants? Answer: Beige Question: What cloth is the person wearing? "
            "Answer: shirt",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "linen fabric and its neckline is",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Pink",
        title="Mast & Harbour Men Pink Solid Linen Casual Shirt",
    ),
    # 17. Man in a plain white straight kurta (white self buttons, no embroidery) and white pyjamas, beige wall.
    # caption, garment_type, is_a, describe: base; color: vqa; wearing: cap3.
    case(
        "MYN-23401788",
        caption("a man in a white kurta standing in front of a beige wall"),
        B.garment_type("kurta"),
        is_a("kurta", "yes"),
        describe("shirt", "the kurta has gold buttons and embroidery on the collar", "unsupported"),
        B.color(
            "White-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline",
            "cut",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Manyavar Men White Solid Straight Kurta with Pyjamas",
    ),
    # 18. Woman in a calf-length yellow straight kurta with a small white block print, three-quarter sleeves, white
    # palazzos, grey wall. caption, wearing, color, color_of, is_a, sleeve_length: base; garment_type: cap3.
    case(
        "MYN-24107621",
        caption("a woman in a yellow kurta and white pants standing in front of a grey wall"),
        wearing("a yellow dress", "contradiction", who="she"),
        B.color("yellow"),
        _c("pants", "yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        B.sleeve_length("the sleeve length of the garment", "restated"),
        B.garment_type(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Yellow",
        title="Anouk Women Yellow & White Printed Straight Kurta with Palazzos",
    ),
    # 19. Woman in a floor-length flared maroon anarkali kurta with a gold foil print, three-quarter sleeves; no
    # dupatta in the photo. caption, garment_type, color, sleeve_length, wearing: base; color_of: vqa; details: cap3.
    case(
        "MYN-25006632",
        caption("a woman wearing a maroon and gold anarkali"),
        B.garment_type("dress", "contradiction"),
        B.color("maroon"),
        B.sleeve_length("three quarter"),
        wearing("a maroon and gold kurta with a matching dupatta", "unsupported", who="she"),
        _c(
            "dress",
            "Maroon-gold Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: "
            "Maroon-",
            "leak",
            hit_limit=True,
        ),
        details(
            "dress",
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. The dress is "
            "with cotton fabric. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Biba Women Maroon & Gold-Toned Printed Anarkali Kurta",
    ),
    # 20. Man in a knee-length solid navy cotton kurta, white churidar, white backdrop.
    # caption, color, garment_type, is_a, color_of, wearing: base; describe: cap1.
    case(
        "MYN-25890147",
        caption("a man wearing a blue kurta and white pants"),
        B.color("blue"),
        B.garment_type("a shirt", "contradiction"),
        is_a("kurta", "yes"),
        _c("pants", "white"),
        wearing("", "non_answer", who="he"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The shirt",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurtas",
        color="Navy Blue",
        title="Fabindia Men Navy Blue Solid Cotton Straight Kurta",
    ),
    # 21. Woman in a white A-line kurti with a blue floral print, long sleeves, mid-blue jeans, white backdrop.
    # caption, color_of x2, color, garment_type, wearing: base; details: vqa; material: cap3.
    case(
        "MYN-26345008",
        caption("a woman in a white and blue floral top and jeans"),
        _c("shirt", "white with blue flowers"),
        B.color("white"),
        B.garment_type("tunic"),
        wearing("he is wearing a floral shirt and jeans", "pronoun", who="she"),
        _c("jeans", "white", "other_garment_color"),
        details(
            "shirt",
            "the flowers, the sleeves, the neckline, the flowers, the sleeves, the neckline, the flowers, the "
            "sleeves, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The dress is with cotton fabric and its neckline is round. It has long sleeves and floral patterns. The "
            "lady wears a long denim",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtis",
        color="White",
        title="Sangria Women White & Blue Floral Print A-Line Kurti",
    ),
    # 22. Woman in a knee-length solid teal A-line kurti, three-quarter sleeves, beige leggings, white backdrop.
    # Title column missing. caption, color, sleeve_length, is_a, wearing: base; material: cap3.
    case(
        "MYN-27004112",
        caption("a woman wearing a teal kurta and beige leggings"),
        B.color("turquoise"),
        B.sleeve_length("three-quarter"),
        is_a("dress", "yes", "contradiction"),
        wearing("i don't know", "non_answer", who="she"),
        B.material(
            "The dress is with cotton fabric and its neckline is round. The lady wears a long leggings. The leggings "
            "are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtis",
        color="Teal",
    ),
    # 23. Woman in a peach straight kurti with white thread embroidery on the yoke, white palazzos, white backdrop.
    # caption, color, pattern, details: base; describe: cap3; garment_type: vqa.
    case(
        "MYN-27568890",
        caption("a woman wearing a peach kurta with white embroidery"),
        B.color("light pink"),
        B.pattern("embroidered"),
        details("shirt", "the details of the shirt", "restated"),
        describe(
            "shirt",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long-sleeve shirt with pure color. The lady wears",
            "loop",
            hit_limit=True,
        ),
        B.garment_type(
            "blouse Question: What is the color of the blouse? Answer: Cream-navy Question: Is this a blouse? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtis",
        color="Peach",
        title="W Women Peach-Coloured Embroidered Straight Kurti",
    ),
    # 24. Man in mid-blue slim jeans and a plain white tee, white backdrop.
    # caption, color_of, garment_type, details, color: base; material: vqa; describe: cap3.
    case(
        "MYN-28230017",
        caption("a man in a white t-shirt and blue jeans"),
        _c("jeans", "blue"),
        B.garment_type("jeans"),
        details("jeans", "they are jeans", "non_answer"),
        B.color("white", "contradiction"),
        B.material(
            "denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim",
            "loop",
            hit_limit=True,
        ),
        describe(
            "jeans",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt "
            "is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 25. Woman in black high-rise skinny jeans (five pockets, visible seams) and a pink short-sleeve top.
    # caption, color_of, color, wearing, is_a: base; details: cap3.
    case(
        "MYN-28905562",
        caption("a woman in a pink top and black jeans"),
        _c("jeans", "pink", "other_garment_color"),
        B.color("black"),
        wearing("she is wearing a pink top and black jeans", who="she"),
        is_a("leggings", "yes", "contradiction"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The lady wears a short-sleeve T-shirt with pure "
            "color patterns. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Black",
        title="SASSAFRAS Women Black Skinny Fit High-Rise Jeans",
    ),
    # 26. Flat product shot, no person: light-blue slim jeans with ripped knees laid on white; no leather patch in
    # view. Title column missing. caption, pattern, details, color, material: base; describe: vqa; garment_type:
    # cap3.
    case(
        "MYN-29477310",
        caption("a pair of light blue ripped jeans on a white background"),
        B.pattern("distressed"),
        details("jeans", "ripped knees"),
        B.color("light blue"),
        B.material("denim with a leather patch that says levi's", "unsupported"),
        describe(
            "jeans",
            "Denim Question: Is this a denim? Answer: yes Question: What is the color of the denim? Answer: Light "
            "blue Question:",
            "leak",
            hit_limit=True,
        ),
        B.garment_type(
            "The pants are with denim fabric. The pants are with denim fabric. The pants are with denim fabric. The "
            "pants are with denim fabric. The",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
    ),
    # 27. Woman in mid-blue high-waisted mom jeans, a white crop top and white sneakers, white backdrop.
    # caption, color_of x2, details, garment_type: base; describe: cap3.
    case(
        "MYN-30011845",
        caption("a woman wearing a white crop top and blue jeans"),
        _c("jeans", "blue"),
        _c("shirt", "blue", "other_garment_color"),
        details("jeans", "high waisted"),
        B.garment_type("pants"),
        describe(
            "jeans",
            "The lady wears a long denim pants. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Mom Fit High-Rise Jeans",
    ),
    # 28. Man in beige slim chinos (belt loops, slant pockets) and a navy polo, white backdrop.
    # caption, color_of, color, garment_type, details, pattern: base; is_a: vqa.
    case(
        "MYN-30520094",
        caption("a man in a blue polo shirt and khaki pants"),
        _c("pants", "navy", "other_garment_color"),
        B.color("khaki"),
        B.garment_type("chinos"),
        details("pants", "the pants have a drawstring waist and elastic cuffs", "unsupported"),
        B.pattern("the pattern is a pattern", "restated"),
        is_a(
            "pants",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Highlander Men Beige Slim Fit Solid Chinos",
    ),
    # 29. Woman with a short crop haircut in black formal trousers and a white shirt tucked in, grey backdrop.
    # caption, color_of x2, color, wearing, details: base; pattern: vqa.
    case(
        "MYN-31118263",
        caption("a woman in a white shirt and black pants"),
        _c("pants", "black"),
        _c("shirt", "black", "other_garment_color"),
        B.color("black"),
        wearing("he is wearing a white shirt and black pants", "pronoun", who="she"),
        details("pants", "pants", "non_answer"),
        B.pattern(
            "pure color Question: What is the color of the pants? Answer: Black Question: Is this a pants? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Trousers",
        color="Black",
        title="Van Heusen Woman Black Regular Fit Solid Formal Trousers",
    ),
    # 30. Man in grey flat-front formal trousers with a pressed crease, light-blue shirt, brown belt, white backdrop.
    # Color and title columns missing. caption: cap3; color_of, color, wearing, is_a, describe, details: base.
    case(
        "MYN-31760559",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        _c("pants", "gray"),
        B.color("grey"),
        wearing("a blue shirt and grey pants and a brown belt", who="he"),
        is_a("jeans", "yes", "contradiction"),
        describe("pants", "grey pants with a crease down the front and a", "cut"),
        details("pants", "nothing", "non_answer"),
        gender="Men",
        category="Trousers",
    ),
    # 31. Woman in a solid black sleeveless top (plain round neck, no trim) and white jeans, white backdrop.
    # caption, sleeve_length, garment_type, color_of, material, describe: base; wearing: cap3.
    case(
        "MYN-32004417",
        caption("a woman in a black top and white jeans"),
        B.sleeve_length("sleeveless"),
        B.garment_type("tank top"),
        _c("jeans", "black", "other_garment_color"),
        B.material("the material of the garment", "restated"),
        describe("shirt", "a black top with a lace trim around the neckline", "unsupported"),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with cotton fabric and its",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="Vero Moda Women Black Solid Sleeveless Top",
    ),
    # 32. Woman in a white peplum top with short flutter sleeves, blue jeans, standing against a pastel pink wall.
    # caption, color, color_of, garment_type, describe, wearing, details: base; pattern: vqa.
    case(
        "MYN-32786601",
        caption("a woman in a white top standing in front of a pink wall"),
        B.color("pink", "contradiction"),
        _c("shirt", "white"),
        B.garment_type("blouse"),
        describe("shirt", "a white top with ruffled sleeves and a peplum waist"),
        wearing("he is wearing a white top", "pronoun", who="she"),
        details(
            "shirt",
            "the top has a round neckline, short flutter sleeves, a fitted bodice and a flared peplum hem that falls "
            "just below the waist and is",
            "cut",
            hit_limit=True,
        ),
        B.pattern(
            "solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid solid "
            "solid solid solid solid solid solid solid solid solid solid solid solid solid",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="SASSAFRAS Women White Solid Peplum Top",
    ),
    # 33. Woman in a red-and-white horizontally striped boat-neck top with long sleeves, black jeans, white backdrop.
    # caption, pattern, color, describe, sleeve_length, details: base; color_of: vqa.
    case(
        "MYN-33310072",
        caption("a woman in a red and white striped shirt and black pants"),
        B.pattern("striped"),
        B.color("red"),
        describe("shirt", "a red and white striped top with long sleeves and a boat neck"),
        B.sleeve_length("short", "contradiction"),
        details("shirt", "yes", "non_answer"),
        _c(
            "shirt",
            "Red-white red-white red-white red-white red-white red-white red-white red-white red-white red-white",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Red",
        title="Tokyo Talkies Women Red & White Striped Top",
    ),
    # 34. Woman in a mustard top with small white flowers, short puff sleeves, v-neck, blue jeans, white backdrop.
    # Title column missing. caption, color, pattern, describe, is_a: base; details: vqa; material: cap3.
    case(
        "MYN-34009915",
        caption("a woman wearing a yellow floral blouse and blue jeans"),
        B.color("yellow"),
        B.pattern("flowers"),
        describe("shirt", "it's a yellow floral top with puff sleeves and a", "cut"),
        is_a("blouse", "no", "contradiction"),
        details(
            "shirt",
            "the flowers, the flowers, the flowers, the flowers, the flowers, the flowers, the flowers, the flowers, "
            "the flowers, the",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The shirt is with chiffon fabric and its neckline is v-shape. It has short sleeves and floral patterns. "
            "The lady wears a long denim",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Mustard",
    ),
    # 35. Woman in a navy maxi dress with a pink and white floral print, short flutter sleeves, no pockets,
    # white backdrop. caption, color, garment_type, color_of, details, sleeve_length: base; wearing: cap3.
    case(
        "MYN-34777320",
        caption("a woman in a blue floral dress"),
        B.color("navy"),
        B.garment_type("maxi dress"),
        _c("dress", "pink", "contradiction"),
        details("dress", "the dress has pockets on the sides", "unsupported"),
        B.sleeve_length("unknown", "non_answer"),
        wearing(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. There is an accessory on her",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="Athena Women Navy Blue Floral Print Maxi Dress",
    ),
    # 36. Woman in a knee-length black sleeveless bodycon dress, bare neck (no jewellery), grey backdrop.
    # Title column missing. caption, color, sleeve_length, wearing, describe: base; material, color_of: vqa.
    case(
        "MYN-35410082",
        caption("a woman in a black dress posing for a picture"),
        B.color("black"),
        B.sleeve_length("sleeveless"),
        wearing("a black dress and a gold necklace", "unsupported", who="she"),
        describe("dress", "the dress is a dress", "restated"),
        B.material(
            "Black Question: What is the color of the dress? Answer: Black Question: Is this a dress? Answer: yes "
            "Question",
            "leak",
            hit_limit=True,
        ),
        _c(
            "dress",
            "black dress black dress black dress black dress black dress black dress black dress black dress black "
            "dress black dress",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Black",
    ),
    # 37. Woman in a bottle-green belted shirt dress with a collar and long sleeves, white sneakers, white backdrop.
    # caption, garment_type, color, sleeve_length, wearing, describe: base; details: cap3.
    case(
        "MYN-36002218",
        caption("a woman in a green shirt dress"),
        B.garment_type("shirt", "contradiction"),
        B.color("green"),
        B.sleeve_length("long sleeves"),
        wearing("a green dress with a belt and white sneakers", who="she"),
        describe("dress", "it's a dress", "non_answer"),
        details(
            "dress",
            "The dress is with cotton fabric and its neckline is lapel. The dress is with cotton fabric and its "
            "neckline is lapel. The dress is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Green",
        title="Tokyo Talkies Women Green Solid Shirt Dress",
    ),
    # 38. Man in a grey-melange pullover hoodie with the hood up (face half hidden), kangaroo pocket, drawstrings,
    # black track pants, white backdrop. caption, garment_type, color_of x2, details: base; wearing: vqa;
    # material: cap1.
    case(
        "MYN-36670915",
        caption("a woman wearing a grey hoodie and black pants", "pronoun"),
        B.garment_type("hoodie"),
        _c("shirt", "grey"),
        _c("pants", "grey", "other_garment_color"),
        details("shirt", "it has a kangaroo pocket and a drawstring hood"),
        wearing(
            "hoodie Question: What is the color of the hoodie? Answer: Heather grey Question: Is this a hoodie? "
            "Answer: yes Question: Is this a",
            "leak",
            who="he",
            hit_limit=True,
        ),
        B.material(
            "The sweater is with cotton fabric and its neckline is round. It has long sleeves and pure color "
            "patterns. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 39. Woman in a lavender crew-neck sweatshirt with white "BROOKLYN" lettering on the front, light-grey
    # joggers; the back is not shown. Title column missing. caption, color, color_of, wearing, details: base;
    # sleeve_length: vqa; material: cap3.
    case(
        "MYN-37220408",
        caption("a woman wearing a purple sweatshirt with the word brooklyn on it"),
        B.color("purple"),
        _c("pants", "light grey"),
        wearing("a sweater", who="she"),
        details("shirt", "it says brooklyn new york 1898 on the back", "unsupported"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The sweater is with cotton fabric and its neckline is round. It has long sleeves and graphic patterns. "
            "The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweatshirts",
        color="Lavender",
    ),
    # 40. Man in a matte black nylon bomber jacket, open over a white crew tee, blue jeans, white backdrop.
    # caption, color, color_of x2, garment_type, wearing: base; material: cap3; is_a: vqa.
    case(
        "MYN-37894453",
        caption("a man wearing a black jacket and a white t-shirt"),
        B.color("black"),
        _c("shirt", "white"),
        _c("jacket", "white", "other_garment_color"),
        B.garment_type("bomber jacket"),
        wearing("a leather jacket", "unsupported", who="he"),
        B.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is "
            "with cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "jacket",
            "yes Question: What is the color of the jacket? Answer: Black Question: What cloth is the person "
            "wearing? Answer: jacket Question",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Bomber Jacket",
    ),
    # 41. Man in navy chino shorts and a white crew tee, a watch on his left wrist, white backdrop.
    # caption, color_of x2, color, details, wearing: base; describe: cap3.
    case(
        "MYN-38560127",
        caption("a man in a white shirt and navy shorts"),
        _c("shorts", "white", "other_garment_color"),
        B.color("navy blue"),
        details("shorts", "they are short", "non_answer"),
        _c("shirt", "white"),
        wearing("he's wearing a white t-shirt, navy shorts and a watch", who="he"),
        describe(
            "shorts",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is "
            "with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Regular Fit Chino Shorts",
    ),
    # 42. Woman in a black pleated midi skirt below the knee, a white top tucked in, white backdrop.
    # caption, garment_type, color, pattern, material, describe: base; details: vqa.
    case(
        "MYN-39004761",
        caption("a woman in a white top and black skirt"),
        B.garment_type("skirt"),
        B.color("white", "contradiction"),
        B.pattern("pleated"),
        B.material("fabric", "non_answer"),
        describe("skirt", "a black pleated skirt that falls below the knee with a wide", "cut"),
        details(
            "skirt",
            "the pleats, the waistband, the pleats, the waistband, the pleats, the waistband, the pleats, the "
            "waistband, the pleats, the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Black",
        title="SASSAFRAS Women Black Solid Pleated Midi Skirt",
    ),
    # 43. Woman in maroon ankle-length leggings under a knee-length white kurti, white backdrop; the woman's hair is
    # tied back tightly. caption, color_of, garment_type, color, is_a, wearing: base; material: vqa.
    case(
        "MYN-39677230",
        caption("a woman in a white kurta and red leggings"),
        _c("pants", "white", "other_garment_color"),
        B.garment_type("kurta", "contradiction"),
        B.color("maroon"),
        is_a("leggings", "yes"),
        wearing("he is wearing a white kurta with maroon leggings", "pronoun", who="she"),
        B.material(
            "cotton-lycra Question: What is the color of the leggings? Answer: Burgundy Question: Is this a "
            "leggings? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Maroon",
        title="Go Colors Women Maroon Solid Ankle-Length Leggings",
    ),
    # 44. Woman draped in a red silk saree with a gold zari border, matching red blouse, white backdrop.
    # caption, garment_type, color, pattern, wearing, details, describe: base; material: cap3.
    case(
        "MYN-40210559",
        caption("a woman in a red sari with gold trim"),
        B.garment_type("saree"),
        B.color("red"),
        B.pattern("gold border"),
        wearing("a red dress", "contradiction", who="she"),
        details("dress", "the details of the dress", "restated"),
        describe(
            "dress",
            "a red sari with a gold border and a gold border and a gold border and a gold border and a gold border "
            "and a",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Women Red & Gold-Toned Woven Design Saree",
    ),
]
