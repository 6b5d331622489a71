"""BLIND_83 (44 products; a random sample of a Myntra-style marketplace, the experiments' own questionnaire):
written blind in the eighteenth session. Measured blind at a9092d0: 119 / 140 failures found (85.0%) and 13 / 144
correct texts flagged (9.0%). The writer's notes, verbatim:

Blind corpus 83: BLIP-2 OPT-2.7b (base and the experiments' adapters) on a Myntra-style marketplace sample.

Scenario
    The original experiments' models re-run on a random sample of 44 products of a Myntra-style marketplace
    (men's, women's and kids' clothing, western and ethnic, weighted roughly as such a catalog is: 22 women's,
    17 men's, 5 kids'), one product per item, one photo per product. The questionnaire is the experiments' own:
    the closed questions of BLIND_QUESTIONS (garment type, color, pattern, sleeve length, and the open material
    question), the VQA data's yes/no garment question (is_a) and its color question (color_of, stored closed when
    it asks about the product itself, open when it asks about another garment in the photo), and a few of the
    experiments' open prompts (What is she/he wearing? Describe the X. What are the X details?). The seller columns
    (gender, category, color, title) come from the marketplace; a few products lack one of them.

Which system wrote which text (named again in the comment above every case)
    - base: the untuned Salesforce/blip2-opt-2.7b. Short answers that stop on the newline; most captions
      ("a woman in a ...") and most short answers; its failures are wrong colors (a wall, a print, one color
      repeated for every garment), "dress" for ethnic wear, yes/no slips, the wrong man/woman, invented details,
      and answers that give the question back.
    - cap1 / cap3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1, and
      leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3). DeepFashion-MultiModal template sentences with pattern
      words and no hues, In-shop garment names only (a kurta becomes a "dress" or "shirt"), returned for every
      prompt, usually cut at the 50-token caption limit or 30-token answer limit, sometimes looping sentences.
    - vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). One-word In-shop answers that never stop: word loops
      ("cotton cotton cotton ..."), or the `Question: ... Answer:` format generated again after the answer.

How it was written
    Blind: I read only shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). Nothing else under main
    (no audit code, no other corpus) was opened. Every text was written by hand against an imagined photo that the
    comment above its case describes; the only run was an import check of this file.

Label conventions and judgement calls
    - One label per text. I avoided texts with two failures; where one remains, the label is the failure that
      the comment names as the main one.
    - cut: stops mid-phrase. hit_limit=True when it ran to the limit (30 new tokens for answers, 50 for
      captions). The adapters were trained with padding in the labels, so now and then they emit pad tokens
      (decoded away) mid-sentence: those are cut with hit_limit=False.
    - A template text that ends on a full sentence before the limit (pads after it) is judged on its content
      alone: correct when true of the photo, unsupported when it invents an accessory, pronoun when it says
      "gentleman" for a woman.
    - loop: a repeated word or sentence running to the limit (hit_limit=True), even when the repeated word is
      itself right ("long-sleeve long-sleeve ..."). The loop label wins over the content.
    - leak: the answer followed by a generated `Question: ... Answer:` turn, even when the first answer is right.
    - contradiction: a wrong color or garment that the photo, the seller columns or another text of the case
      contradicts (a wall's or print's color for the garment, "dress" for a kurta, "no" to "Is this a jacket?"
      for a Nehru jacket). A closed color answer that gives another garment's color is a contradiction (the seller
      color disagrees); other_garment_color is kept for open color_of answers that give the asked garment the
      color of another garment in the photo ("grey" jeans under a grey hoodie, the one-color-for-everything bug).
    - non_answer: empty output, a bare "no" to an open question, "unknown", "none" or "nothing" for a pattern
      that is there, or only the question's words back ("they are short" for the shorts' details). restated: a
      longer sentence that only turns the question round ("the details of the pants are the pants details").
    - unsupported: a detail not in the photo (a hood, a back pocket, a print on the back, a bow, a wearer or a
      second garment in a product shot with no person, an accessory on the wrist).
    - pronoun: the wrong man/woman/boy/girl word for the product's gender and the person in the photo.
    - Near-color synonyms are correct: navy for Navy Blue, white for Off White or Cream, beige or tan for Khaki or
      Beige, red or burgundy for Maroon, pink for Peach, green for Teal, yellow for Mustard, blue for a "Multi"
      skirt whose ground is navy.
    - Garment synonyms are correct: hoodie for a hooded sweatshirt, pants or sweatpants for track pants and
      joggers and palazzos, vest for a Nehru jacket, top for a tunic, t-shirt for a clothing set whose top is a tee.
    - Backgrounds and layers named in captions are correct when they are true ("in front of a yellow wall", "a
      green bomber jacket over a white t-shirt"). Rolled-up long sleeves are still "long sleeves". A tone-on-tone
      self-design kurta answered "plain" is correct.
    - Material answers cannot be checked from a photo: a plausible one that the title does not contradict
      ("cotton" for a cotton-look tee) is correct; one the title contradicts is a contradiction.
    - A prompt that asks "What is she wearing?" of a boy is the questionnaire's fault; an answer without a
      pronoun is correct.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing


def _rep(unit: str, n: int, sep: str = " ") -> str:
    return sep.join([unit] * n)


BLIND_83: list[Case] = [
    # 1. Photo: a man in a navy crew-neck tee and light grey jeans, white studio background.
    # caption base; garment_type, color base; is_a base (says yes to polo for a crew-neck tee);
    # color_of jeans base (repeats navy); material vqa (loop).
    case(
        "MYN-11873402",
        caption("a man in a navy blue t - shirt and grey jeans standing in front of a white wall"),
        Q.garment_type("t - shirt"),
        Q.color("navy"),
        is_a("polo shirt", "yes", "contradiction"),
        color_of("jeans", "navy blue", "other_garment_color", kind="open"),
        Q.material(_rep("cotton", 30), "loop", hit_limit=True),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. Photo: a woman in a maroon straight kurta with small gold ethnic-motif print, 3/4 sleeves, white
    # palazzos, beige backdrop. caption, garment_type (says dress), color, is_a base; sleeve vqa (leak);
    # material base (non-answer).
    case(
        "MYN-13502117",
        caption("a woman wearing a maroon kurta and white pants"),
        Q.garment_type("dress", "contradiction"),
        Q.color("maroon"),
        is_a("kurta", "yes"),
        Q.sleeve_length(
            "three-quarter Question: What is the pattern of the garment? Answer: graphic Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.material("unknown", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Anouk Women Maroon Ethnic Motifs Printed Straight Kurta",
    ),
    # 3. Photo: a woman draped in a teal silk saree with a wide gold zari border, gold blouse, pale pink backdrop.
    # caption base (green for teal: correct); garment_type base; color base (gold of border and blouse:
    # contradiction); pattern vqa (loop); is_a vqa (leak); material base (restated).
    case(
        "MYN-9920431",
        caption("a woman in a green saree posing for a photo"),
        Q.garment_type("saree"),
        Q.color("gold", "contradiction"),
        Q.pattern(_rep("pure color", 15), "loop", hit_limit=True),
        is_a(
            "saree",
            "yes Question: Is this a saree? Answer: yes Question: Is this a saree? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        Q.material("the material of the saree is the saree material", "restated"),
        gender="Women",
        category="Sarees",
        color="Teal",
        title="Mitera Teal & Gold-Toned Zari Woven Design Silk Blend Banarasi Saree",
    ),
    # 4. Photo: a man in a white full-sleeve shirt, sleeves rolled to the elbow, black chinos, grey background.
    # caption cap3 (cut at 50); garment_type cap3 (template again, cut at 30); color, sleeve (rolled up but long),
    # is_a base; color_of pants base (white repeated).
    case(
        "MYN-10345678",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.sleeve_length("long sleeves"),
        is_a("shirt", "yes"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        gender="Men",
        category="Shirts",
        color="White",
        title="HIGHLANDER Men White Slim Fit Solid Casual Shirt",
    ),
    # 5. Photo: a woman in a black sleeveless A-line midi dress, white sneakers, in front of a mustard-yellow wall.
    # caption, color, wearing base; color_of dress base (the wall: contradiction); pattern vqa (leak);
    # material cap3 (template, cut at 30).
    case(
        "MYN-14788230",
        caption("a woman in a black dress standing in front of a yellow wall"),
        Q.color("black"),
        wearing("a black dress and white sneakers", who="she"),
        color_of("dress", "yellow", "contradiction", kind="open"),
        Q.pattern(
            "solid Question: What is the sleeve length of the garment? Answer: sleeveless Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Black",
        title="SASSAFRAS Women Black Solid A-Line Midi Dress",
    ),
    # 6. Photo: a boy of about eight in a red tee with a big white dinosaur print, blue shorts, white background.
    # The boy has longish hair. caption base (calls him a girl); garment_type, pattern, wearing base; color vqa
    # (loop).
    case(
        "MYN-12009876",
        caption("a young girl wearing a red t - shirt with a dinosaur on it", "pronoun"),
        Q.garment_type("t - shirt"),
        Q.pattern("dinosaur print"),
        wearing("a red shirt and blue shorts", who="he"),
        Q.color(_rep("red", 15, "-"), "loop", hit_limit=True),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="YK Boys Red Printed Round Neck T-shirt",
    ),
    # 7. Photo: a woman in an off-white top with a small pink-and-green floral print, short puff sleeves, blue
    # jeans, a potted plant behind her. caption cap1 (cut at 50); color (white for off-white), pattern, sleeve
    # base; is_a base ("no" to top: contradiction); garment_type vqa (loop).
    case(
        "MYN-15230019",
        caption(
            "The lady wears a short-sleeve blouse with floral patterns. The blouse is with chiffon fabric. It has a "
            "round neckline. The lady wears long pants. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        is_a("top", "no", "contradiction"),
        Q.garment_type(_rep("blouse", 30), "loop", hit_limit=True),
        gender="Women",
        category="Tops",
        color="Off White",
        title="Tokyo Talkies Women Off-White Floral Print Puff Sleeve Top",
    ),
    # 8. Photo: a man in blue skinny jeans, a plain white tee, white sneakers, grey background.
    # caption, color_of jeans, garment_type base; color_of shirt base (blue of the jeans); details
    # cap3 (sentence loop); wearing vqa (leak).
    case(
        "MYN-8834512",
        caption("a man in a white t - shirt and blue jeans"),
        color_of("jeans", "blue"),
        Q.garment_type("jeans"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details(
            "jeans",
            "The trousers are with denim fabric and pure color patterns. The trousers are with denim fabric and "
            "pure color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "pants Question: What cloth is the person wearing? Answer: pants Question: What cloth is the person",
            "leak",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 9. Photo: a woman in a mustard-yellow kurta with a white floral print, matching yellow palazzos, a white
    # dupatta over one shoulder, garden background. caption, garment_type, color, pattern base; is_a vqa (loop);
    # material cap1 (template, cut at 30); details base (pockets that are not there).
    case(
        "MYN-16004522",
        caption("a woman in a yellow outfit standing in a garden"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("floral"),
        is_a("kurta", _rep("yes", 30), "loop", hit_limit=True),
        Q.material(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "it has a round neck and two pockets on the sides", "unsupported"),
        gender="Women",
        category="Kurta Sets",
        color="Yellow",
        title="Libas Women Yellow Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
    ),
    # 10. Photo: a man in a cream self-design straight kurta and cream churidar, beige studio backdrop.
    # caption cap3 (cut at 50); color (white for cream), pattern (plain for tone-on-tone), wearing base; material vqa
    # (leak); is_a vqa ("yes" to shirt for a kurta: contradiction).
    case(
        "MYN-7712093",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a stand neckline. The gentleman wears long trousers. The trousers are with cotton fabric and "
            "pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("plain"),
        wearing("a white kurta and white pants", who="he"),
        Q.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "yes", "contradiction"),
        gender="Men",
        category="Kurtas",
        color="Cream",
        title="Manyavar Men Cream-Coloured Self Design Straight Kurta",
    ),
    # 11. Photo: a woman in light-blue high-rise wide-leg jeans and a black crop top, white background.
    # caption, garment_type, color base; color_of jeans base (black of the top); details base (non-answer);
    # pattern cap3 (template, cut at 30); wearing vqa (loop).
    case(
        "MYN-13377840",
        caption("a woman in a black top and blue jeans"),
        Q.garment_type("jeans"),
        Q.color("light blue"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "they are jeans", "non_answer"),
        Q.pattern(
            "pure color patterns. The lower clothing is of long length. The fabric is denim and it has pure color "
            "patterns. The upper",
            "cut",
            hit_limit=True,
        ),
        wearing(_rep("pants", 30), "loop", who="she", hit_limit=True),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Women Blue Wide Leg High-Rise Jeans",
    ),
    # 12. Photo: a man in a grey melange pullover hoodie with a kangaroo pocket (no zip), black track pants.
    # caption, garment_type (hoodie), color, sleeve base; color_of pants base (grey again); describe base
    # (zipper and chest pockets invented); material cap1 (template cut before the limit, pads).
    case(
        "MYN-10980021",
        caption("a man wearing a grey hoodie and black pants"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        Q.sleeve_length("long"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        describe("hoodie", "it is a grey hoodie with a zipper and two pockets on the chest", "unsupported"),
        Q.material("The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with", "cut"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 13. Photo: product shot, no person: a black ribbed short-sleeve crop top laid flat on white.
    # caption, garment_type, color, sleeve base; wearing base (invents jeans on a flat lay);
    # pattern vqa (loop). The seller color is missing.
    case(
        "MYN-14456002",
        caption("a black crop top on a white background"),
        Q.garment_type("crop top"),
        Q.color("black"),
        Q.sleeve_length("short sleeves"),
        wearing("a black top and jeans", "unsupported", who="she"),
        Q.pattern(_rep("solid", 30), "loop", hit_limit=True),
        gender="Women",
        category="Tops",
        title="DressBerry Women Black Solid Fitted Crop Top",
    ),
    # 14. Photo: a girl of about five in a pink tulle fit-and-flare party dress, sequinned bodice, flutter
    # sleeves, no bow, white background. caption, garment_type, color base; wearing base (a bow that
    # is not there); pattern cap1 (template, cut at 30); sleeve vqa (loop).
    case(
        "MYN-12773345",
        caption("a little girl in a pink dress"),
        Q.garment_type("dress"),
        Q.color("pink"),
        wearing("a pink dress with a big bow", "unsupported", who="she"),
        Q.pattern(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length(_rep("short", 30), "loop", hit_limit=True),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hopscotch Girls Pink Tulle Fit & Flare Party Dress",
    ),
    # 15. Photo: a man in khaki slim chinos, a navy polo tucked in, brown loafers, white background.
    # caption cap3 (cut at 50); color_of pants (beige for khaki), garment_type, wearing (blue for navy)
    # base; color base (navy of the polo: contradiction); details base (restated).
    case(
        "MYN-9123770",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears long trousers. The trousers are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "beige"),
        Q.garment_type("pants"),
        wearing("a blue shirt and khaki pants", who="he"),
        Q.color("navy blue", "contradiction"),
        details("pants", "the details of the pants are the pants details", "restated"),
        gender="Men",
        category="Trousers",
        color="Khaki",
        title="Louis Philippe Sport Men Khaki Slim Fit Solid Chinos",
    ),
    # 16. Photo: a woman in a pink poly-georgette saree with a green floral print, green blouse, grey backdrop.
    # caption, color, pattern base; is_a base ("no" to saree: contradiction); garment_type vqa (loop);
    # color_of blouse base (pink again); material vqa (leak); describe cap1 (sentence loop). Seller color missing.
    case(
        "MYN-11560934",
        caption("a woman in a pink and green saree"),
        Q.color("pink"),
        Q.pattern("floral"),
        is_a("saree", "no", "contradiction"),
        Q.garment_type(_rep("dress", 30), "loop", hit_limit=True),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        Q.material(
            "cotton Question: What is the color of the garment? Answer: pink Question: What is the pattern of the",
            "leak",
            hit_limit=True,
        ),
        describe(
            "saree",
            "The lady wears a long dress with floral patterns. The dress is with chiffon fabric. The lady wears a "
            "long dress with floral",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        title="Saree mall Pink & Green Floral Printed Poly Georgette Saree",
    ),
    # 17. Photo: a man running in a white Nike tee with a small black swoosh on the chest, black shorts, grey
    # background; the back is not visible. caption, color, material base; pattern base ("nothing":
    # non-answer); sleeve vqa (leak); describe base (print on the back invented).
    case(
        "MYN-15899120",
        caption("a man in a white nike t - shirt and black shorts"),
        Q.color("white"),
        Q.material("polyester"),
        Q.pattern("nothing", "non_answer"),
        Q.sleeve_length(
            "short-sleeve Question: What is the sleeve length of the garment? Answer: short-sleeve Question: What",
            "leak",
            hit_limit=True,
        ),
        describe(
            "t-shirt",
            "it is a white nike t - shirt with a black logo on the front and the words just do it on the back",
            "unsupported",
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Nike Men White Brand Logo Printed Dri-FIT Running T-shirt",
    ),
    # 18. Photo: a woman in black ankle-length leggings under a long white kurti, white background.
    # caption, garment_type, color_of leggings, pattern base; color base (white of the kurti: contradiction);
    # material cap3 (template, cut at 30).
    case(
        "MYN-8001457",
        caption("a woman in a white top and black leggings"),
        Q.garment_type("leggings"),
        color_of("leggings", "black"),
        Q.pattern("solid"),
        Q.color("white", "contradiction"),
        Q.material(
            "The lady wears long leggings with pure color patterns. The leggings are with cotton fabric. The lady "
            "wears a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 19. Photo: a long-haired man in a blue-and-white checked shirt, untucked, over blue jeans, grey background.
    # caption cap3 (cut at 50); pattern (plaid), color, garment_type base; color_of jeans base (the shirt's
    # blue and white); details vqa (loop); wearing base (calls him a woman); material base (non-answer).
    case(
        "MYN-10066381",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("plaid"),
        Q.color("blue"),
        Q.garment_type("shirt"),
        color_of("jeans", "blue and white", "other_garment_color", kind="open"),
        details(
            "shirt",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the",
            "loop",
            hit_limit=True,
        ),
        wearing("a woman in a plaid shirt and jeans", "pronoun", who="he"),
        Q.material("fabric", "non_answer"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue & White Regular Fit Checked Casual Shirt",
    ),
    # 20. Photo: a short-haired woman in an indigo A-line kurta with white block print, 3/4 sleeves, white
    # trousers, white background. caption base (calls her a man); garment_type, color, pattern base;
    # is_a base ("yes" to dress: contradiction); sleeve vqa (loop, and the sleeves are 3/4).
    case(
        "MYN-13910224",
        caption("a man in a blue and white kurta", "pronoun"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        is_a("dress", "yes", "contradiction"),
        Q.sleeve_length(_rep("long-sleeve", 15), "loop", hit_limit=True),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="W Women Blue & White Printed A-Line Kurta",
    ),
    # 21. Photo: a man in an olive bomber jacket (no hood) worn open over a white tee, black jeans.
    # caption (layers), garment_type, color, sleeve base; color_of t-shirt base (green of the jacket);
    # material cap3 (template, cut at 30); describe base (hood invented).
    case(
        "MYN-12345019",
        caption("a man wearing a green bomber jacket over a white t - shirt"),
        Q.garment_type("jacket"),
        Q.color("olive green"),
        Q.sleeve_length("long"),
        color_of("t-shirt", "green", "other_garment_color", kind="open"),
        Q.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "it is a green bomber jacket with a hood", "unsupported"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 22. Photo: a woman in a blue-and-white vertically striped shirt dress, short sleeves, self-tie belt,
    # street background. caption cap1 (cut at 50); pattern, color, wearing base; sleeve vqa
    # (leak); is_a base ("no" to dress: contradiction).
    case(
        "MYN-14102298",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a belt on her waist. The dress is of knee length. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("blue and white"),
        wearing("a blue and white striped dress", who="she"),
        Q.sleeve_length(
            "short-sleeve Question: What is the color of the garment? Answer: blue Question: What is the pattern",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "no", "contradiction"),
        gender="Women",
        category="Dresses",
        color="Blue",
        title="Berrylush Women Blue & White Striped Shirt Dress",
    ),
    # 23. Photo: a man in navy track pants with a thin white side stripe, grey tee, white sneakers.
    # caption, garment_type (sweatpants), color_of pants base; color base (grey of the tee: contradiction);
    # pattern base (restated); details cap3 (cut at 30); material vqa (loop).
    case(
        "MYN-9587712",
        caption("a man in a grey t - shirt and blue track pants"),
        Q.garment_type("sweatpants"),
        color_of("pants", "navy blue"),
        Q.color("grey", "contradiction"),
        Q.pattern("the pattern of the pants is the pattern", "restated"),
        details(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. The "
            "gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        Q.material(_rep("polyester", 15, "-"), "loop", hit_limit=True),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="Puma Men Navy Blue Solid Slim Fit Track Pants",
    ),
    # 24. Photo: a woman in a bottle-green kurta with gold embroidery at the yoke only, green trousers, a
    # green-and-gold dupatta, festive backdrop with fairy lights. caption base ("dress" for a kurta set:
    # contradiction); garment_type, color, pattern base; wearing cap3 (template, cut at 30); details
    # base (mirror work and embroidered hem invented).
    case(
        "MYN-16620871",
        caption("a woman in a green dress with gold embroidery", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.pattern("embroidered"),
        wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape",
            "cut",
            who="she",
            hit_limit=True,
        ),
        details("kurta", "gold embroidery on the neck, the sleeves and the hem with mirror work", "unsupported"),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Indo Era Women Green Embroidered Kurta with Trousers & Dupatta",
    ),
    # 25. Photo: product shot, no person: black cotton shorts laid flat on white, white drawstring and two
    # side pockets visible, back not shown. caption, garment_type, color_of shorts, pattern base;
    # details base ("they are short": non-answer); describe base (back zip pocket invented); wearing vqa
    # (leak). Seller color missing.
    case(
        "MYN-10770045",
        caption("a pair of black shorts on a white background"),
        Q.garment_type("shorts"),
        color_of("shorts", "black"),
        Q.pattern("solid"),
        details("shorts", "they are short", "non_answer"),
        describe(
            "shorts",
            "black shorts with a white drawstring, two side pockets and a back pocket with a zip",
            "unsupported",
        ),
        wearing(
            "shorts Question: What is he wearing? Answer: shorts Question: What is he wearing? Answer: shorts",
            "leak",
            who="he",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        title="Bene Kleed Men Black Solid Regular Fit Shorts",
    ),
    # 26. Photo: a woman in a mustard ribbed wrap top with long sleeves and white jeans, beige backdrop.
    # caption, color (yellow for mustard), sleeve, is_a base; garment_type vqa (leak); pattern cap3 (template, cut at
    # 30); details base (non-answer).
    case(
        "MYN-13005562",
        caption("a woman in a yellow top and white jeans"),
        Q.color("yellow"),
        Q.sleeve_length("long sleeves"),
        is_a("top", "yes"),
        Q.garment_type(
            "blouse Question: What is the pattern of the garment? Answer: pure color Question: What is the sleeve",
            "leak",
            hit_limit=True,
        ),
        Q.pattern(
            "pure color patterns. The upper clothing has long sleeves, cotton fabric and pure color patterns. The "
            "neckline of it is",
            "cut",
            hit_limit=True,
        ),
        details("top", "it is a top", "non_answer"),
        gender="Women",
        category="Tops",
        color="Mustard",
        title="Vero Moda Women Mustard Yellow Ribbed Wrap Top",
    ),
    # 27. Photo: a boy in a blue checked short-sleeve shirt worn open over a white tee, beige shorts.
    # caption, pattern, color base; wearing base (asked "she", answers without a pronoun: correct);
    # color_of shirt base (white of the inner tee); material vqa (leak).
    case(
        "MYN-11298804",
        caption("a young boy in a blue plaid shirt and shorts"),
        Q.pattern("plaid"),
        Q.color("blue"),
        wearing("a blue shirt and shorts", who="she"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.material(
            "cotton Question: What is the sleeve length of the garment? Answer: short-sleeve Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="U.S. Polo Assn. Kids Boys Blue Checked Casual Shirt",
    ),
    # 28. Photo: a woman in black high-rise skinny jeans, a white shirt tucked in, black ankle boots.
    # caption cap3 (cut at 50); color_of shirt (another garment, right), garment_type, color base;
    # color_of jeans base (white of the shirt); describe base (restated).
    case(
        "MYN-8456690",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears long pants. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white", kind="open"),
        Q.garment_type("jeans"),
        Q.color("black"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe("jeans", "the jeans are jeans that the woman is wearing", "restated"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Roadster Women Black Skinny Fit High-Rise Stretchable Jeans",
    ),
    # 29. Photo: a man in a navy long-sleeve kurta, white churidar and a gold-beige brocade Nehru jacket over
    # it, wedding-style backdrop. caption (layers), garment_type, color_of jacket base; color base (gold of the
    # jacket: contradiction); color_of pants base (navy of the kurta); sleeve vqa (loop); material cap1
    # (template, cut at 30).
    case(
        "MYN-15567013",
        caption("a man in a blue kurta and gold vest"),
        Q.garment_type("kurta"),
        color_of("jacket", "gold"),
        Q.color("gold", "contradiction"),
        color_of("pants", "navy blue", "other_garment_color", kind="open"),
        Q.sleeve_length(_rep("long-sleeve", 15), "loop", hit_limit=True),
        Q.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears an outer",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Kurta Sets",
        color="Navy Blue",
        title="Sojanya Men Navy Blue Solid Kurta with Churidar & Nehru Jacket",
    ),
    # 30. Photo: a woman in a white tee tucked into a flared midi skirt, navy ground with red and yellow flowers,
    # white background. caption, garment_type, pattern, color (blue ground of a "Multi" skirt) base; color_of
    # skirt base (white of the tee); material vqa (loop); describe cap3 (sentence loop).
    case(
        "MYN-14670338",
        caption("a woman in a white top and a floral skirt"),
        Q.garment_type("skirt"),
        Q.pattern("floral"),
        Q.color("blue"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.material(_rep("chiffon", 30), "loop", hit_limit=True),
        describe(
            "skirt",
            "The lower clothing is of long length. The fabric is chiffon and it has floral patterns. The lower "
            "clothing is of long length. The",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Skirts",
        color="Multi",
        title="SASSAFRAS Women Multicoloured Floral Printed Flared Midi Skirt",
    ),
    # 31. Photo: a long-haired man in a black oversized tee with a large yellow-and-grey Batman graphic, blue
    # jeans. caption, color, pattern base; garment_type cap3 (template, cut at 30); color_of t-shirt
    # base (the print's yellow: contradiction); is_a vqa (empty); wearing base (calls him a woman).
    case(
        "MYN-12904456",
        caption("a man wearing a black batman t - shirt"),
        Q.color("black"),
        Q.pattern("batman"),
        Q.garment_type(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", "contradiction", kind="open"),
        is_a("t-shirt", "", "non_answer"),
        wearing("a woman wearing a batman t - shirt", "pronoun"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="The Souled Store Men Black Batman Printed Oversized T-shirt",
    ),
    # 32. Photo: a woman in a white chikankari kurta with white embroidery and white palazzos, in front of a
    # brown wooden door. caption (background), garment_type, color, pattern base; wearing vqa (leak);
    # sleeve cap1 (template, cut at 30); color_of kurta base (the door's brown: contradiction); details base
    # (restated). Seller title missing.
    case(
        "MYN-16123900",
        caption("a woman in a white kurta standing in front of a wooden door"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("embroidered"),
        wearing(
            "dress Question: What cloth is the person wearing? Answer: dress Question: What cloth is the person",
            "leak",
            who="she",
            hit_limit=True,
        ),
        Q.sleeve_length(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "brown", "contradiction", kind="open"),
        details("kurta", "the details of the kurta are the kurta", "restated"),
        gender="Women",
        category="Kurtas",
        color="White",
    ),
    # 33. Photo: a girl in a pink tee with a unicorn print and grey leggings (the set), white background.
    # caption, garment_type, color, wearing base; pattern vqa (loop); sleeve vqa (empty).
    case(
        "MYN-11730216",
        caption("a little girl in a pink shirt and grey leggings"),
        Q.garment_type("t - shirt"),
        Q.color("pink"),
        wearing("a pink unicorn t - shirt and grey leggings", who="she"),
        Q.pattern(_rep("graphic", 30), "loop", hit_limit=True),
        Q.sleeve_length("", "non_answer"),
        gender="Girls",
        category="Clothing Set",
        color="Pink",
        title="Bodycare Kids Girls Pink & Grey Printed T-shirt with Leggings",
    ),
    # 34. Photo: a man in black slim distressed jeans with ripped knees, an olive tee, white sneakers.
    # caption cap3 (cut at 50); color_of jeans, color, details base; color_of shirt base (black of
    # the jeans); garment_type vqa (leak).
    case(
        "MYN-9345571",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears long trousers. The trousers are with denim fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        Q.color("black"),
        details("jeans", "they have holes in the knees"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.garment_type(
            "denim Question: Is this a denim? Answer: yes Question: Is this a denim? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Jeans",
        color="Black",
        title="WROGN Men Black Slim Fit Mid-Rise Highly Distressed Jeans",
    ),
    # 35. Photo: a woman with a tight ponytail in a white tee with a black "HRX" print and black track pants,
    # in a gym. caption base (calls her a man); color, pattern, sleeve base; color_of pants base (white
    # again); material cap3 (template, cut at 30).
    case(
        "MYN-13660480",
        caption("a man in a white t - shirt and black pants in a gym", "pronoun"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tshirts",
        color="White",
        title="HRX by Hrithik Roshan Women White Printed Round Neck T-shirt",
    ),
    # 36. Photo: a woman in a red lehenga with heavy gold embroidery, red short-sleeve blouse, a red net dupatta,
    # no train, palace backdrop. caption, color, pattern base; garment_type base ("saree":
    # contradiction); is_a vqa (loop); describe base (a train invented); material cap1 (template, cut at 30).
    case(
        "MYN-15012377",
        caption("a woman in a red and gold bridal outfit"),
        Q.color("red"),
        Q.pattern("embroidered"),
        Q.garment_type("saree", "contradiction"),
        is_a("dress", _rep("yes", 30), "loop", hit_limit=True),
        describe("lehenga", "a red lehenga with gold embroidery and a red blouse with a long train", "unsupported"),
        Q.material(
            "The lady wears a sleeveless dress with complicated patterns. The dress is with chiffon fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Mitera Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 37. Photo: a man in a light pink formal shirt, a navy tie, grey trousers, grey backdrop.
    # caption, color, material base; sleeve base (restated);
    # details cap3 (sentence loop).
    case(
        "MYN-10213358",
        caption("a man in a pink shirt and blue tie"),
        Q.color("pink"),
        Q.material("cotton"),
        Q.sleeve_length("the sleeve length of the garment is the length of the sleeves", "restated"),
        details(
            "shirt",
            "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Pink",
        title="Peter England Men Pink Slim Fit Solid Formal Shirt",
    ),
    # 38. Photo: a woman in beige flared palazzos and a black sleeveless top, flat sandals, white background.
    # caption, garment_type, color_of pants (tan for beige) base; color base (black of the top:
    # contradiction); details base (non-answer); wearing vqa (loop); describe cap1 (template ended by pads,
    # "gentleman" for a woman).
    case(
        "MYN-12561149",
        caption("a woman in a black top and beige pants"),
        Q.garment_type("pants"),
        color_of("pants", "tan"),
        Q.color("black", "contradiction"),
        details("pants", "they are pants", "non_answer"),
        wearing(_rep("pants", 30), "loop", who="she", hit_limit=True),
        describe(
            "pants",
            "The gentleman wears long trousers. The trousers are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        gender="Women",
        category="Palazzos",
        color="Beige",
        title="Global Desi Women Beige Solid Flared Palazzos",
    ),
    # 39. Photo: product shot, no person: grey melange joggers laid flat on white.
    # caption, garment_type, color base; wearing base (invents a wearer); material cap3 (sentence
    # loop); details base ("they are long": non-answer).
    case(
        "MYN-14239965",
        caption("a pair of grey sweatpants on a white background"),
        Q.garment_type("sweatpants"),
        Q.color("gray"),
        wearing("he is wearing grey sweatpants and a white t - shirt", "unsupported", who="he"),
        Q.material(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        details("pants", "they are long", "non_answer"),
        gender="Boys",
        category="Track Pants",
        color="Grey Melange",
        title="HRX Boys Grey Melange Solid Joggers",
    ),
    # 40. Photo: a short-haired woman in an olive long-sleeve tunic over blue jeans, white background.
    # caption, color, garment_type (top) base; wearing base (calls her a man); color_of jeans base
    # (green again); pattern vqa (leak); is_a base ("yes" to dress: contradiction).
    case(
        "MYN-11004723",
        caption("a woman in a green top and jeans"),
        Q.color("green"),
        Q.garment_type("top"),
        wearing("a man wearing a green shirt and jeans", "pronoun"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        Q.pattern(
            "pure color Question: What is the pattern of the garment? Answer: pure color Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        category="Tunics",
        color="Olive",
        title="Sangria Women Olive Green Solid Tunic",
    ),
    # 41. Photo: a man in a maroon woven-design Nehru jacket over a white kurta and white pyjama.
    # caption (red for maroon, layers), garment_type (vest), color (burgundy) base; color_of kurta base
    # (maroon of the jacket); is_a base ("no" to jacket: contradiction); pattern base (non-answer); material
    # vqa (loop).
    case(
        "MYN-16340058",
        caption("a man in a red vest and white kurta"),
        Q.garment_type("vest"),
        Q.color("burgundy"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        is_a("jacket", "no", "contradiction"),
        Q.pattern("none", "non_answer"),
        Q.material(_rep("silk", 30), "loop", hit_limit=True),
        gender="Men",
        category="Nehru Jackets",
        color="Maroon",
        title="Hangup Men Maroon Woven Design Nehru Jacket",
    ),
    # 42. Photo: a woman in a green long-sleeve maxi dress with small white flowers, on a beach, sea and sky
    # behind, no bracelet or watch. caption cap3 (ended by pads; invents an accessory on the wrist); color,
    # pattern, garment_type base; color_of dress base (the sea's blue: contradiction); is_a vqa (leak,
    # ended by pads before the limit).
    case(
        "MYN-13288106",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("green"),
        Q.pattern("floral"),
        Q.garment_type("dress"),
        color_of("dress", "blue", "contradiction", kind="open"),
        is_a("dress", "yes Question: Is this a dress? Answer: yes Question: Is", "leak"),
        gender="Women",
        category="Dresses",
        color="Green",
        title="Athena Women Green Floral Print Maxi Dress",
    ),
    # 43. Photo: a man in a mustard cable-knit pullover with a white shirt collar showing, blue jeans.
    # caption (layers), garment_type, color, pattern base; details vqa (loop); sleeve base ("no": non-answer);
    # describe base (restated).
    case(
        "MYN-9876120",
        caption("a man wearing a yellow sweater over a white shirt"),
        Q.garment_type("sweater"),
        Q.color("mustard"),
        Q.pattern("cable knit"),
        details(
            "sweater",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("no", "non_answer"),
        describe("sweater", "a sweater that is a sweater", "restated"),
        gender="Men",
        category="Sweaters",
        color="Mustard",
        title="Roadster Men Mustard Yellow Cable Knit Pullover",
    ),
    # 44. Photo: a woman in a peach kurti with white lace at the hem and cuffs, white leggings, white background.
    # caption (pink for peach), color, pattern (lace), is_a base; garment_type vqa (loop); material cap3 (template,
    # cut by pads before the limit); wearing cap3 (template ended
    # by pads, "gentleman" for a woman).
    case(
        "MYN-15790264",
        caption("a woman in a pink kurta and white leggings"),
        Q.color("peach"),
        Q.pattern("lace"),
        is_a("kurta", "yes"),
        Q.garment_type(_rep("blouse", 30), "loop", hit_limit=True),
        Q.material("The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton", "cut"),
        wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric.",
            "pronoun",
            who="she",
        ),
        gender="Women",
        category="Kurtis",
        color="Peach",
        title="Sangria Women Peach-Coloured Solid Kurti with Lace Detail",
    ),
]
