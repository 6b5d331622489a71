"""BLIND_126 (44 products; the experiments re-run on a random sample of a Myntra-style marketplace): written blind
in the twentieth session. Measured blind at 13f475c: 128/142 failures found (90.1%) and 8/144 correct texts flagged
(5.6%). The writer's notes, verbatim:

Blind corpus 126: BLIP-2 OPT-2.7b (untuned base and the original experiments' adapters) on a Myntra-style sample.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters re-run on a random sample of 44
    products of a Myntra-style marketplace (men's, women's and kids' clothing, western and ethnic, weighted roughly as
    such a catalog is: 19 men's (one without its gender column), 20 women's, 5 kids' products; T-shirts, shirts,
    jeans and kurtas most common),
    one product per item, with enrich's default questionnaire (DEFAULT_QUESTIONS). Seller columns come from the
    marketplace: gender (Men / Women / Boys / Girls), category (the article type: Tshirts, Kurtas, Sarees, ...), color
    (the base colour: Navy Blue, Mustard, Off White, ...) and title (the product display name); a few are missing.
    Each case keeps the caption and a subset of the questionnaire's answers (six to eight texts); the other answers
    of the run are not part of the corpus.

Which system wrote which text
    - base:   Salesforce/blip2-opt-2.7b, untuned (short answers that stop on the newline; wrong colors, one color
              for every garment, wrong pronoun, invented details, echoes of the prompt format).
    - cap-e1: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    - cap-e3: leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3). Both caption adapters return
              the DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure color patterns.
              The T-shirt is with cotton fabric. ...") for every prompt, never stop, and run to the token limit
              (50 new tokens for captions, 30 for answers) or loop on a sentence; they say "lady" for most people.
    - vqa:    leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter): In-shop class names and hue words, never stops, repeats
              one word ("dress dress dress ...", "grey-grey-grey ...") or goes on writing "Question: ... Answer: ...".
    The comment above each case describes the imagined photo and names the model of each text.

How it was written
    Blind: only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout, the makers,
    DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS) were read; no audit code, no other corpus, no docs. The only command
    run was an import check of this file.

Label conventions and judgement calls
    - One failure kind per text: the one that most defines it. A text that repeats a word or sentence until the
      limit is "loop" (hit_limit=True); a text that goes on with a new "Question: ... Answer:" is "leak" (hit_limit
      set if it reached 30 tokens); a caption-adapter template that stops mid-phrase at the limit is "cut".
    - "cut": ends mid-phrase; hit_limit=True at 50 new tokens (captions) or 30 (answers). Two base answers stopped
      early on a stray newline mid-phrase ("blue jeans and a white"): cut with hit_limit=False.
    - The caption template returned to a question it does not answer at all (a color question answered with the
      template, no color in it) is "non_answer", though it is also cut at the limit.
    - A caption-adapter text that calls a man "the lady" / a woman "the gentleman" is "pronoun" when the gender
      column is set, even if it also runs to the limit; with the gender column missing no pronoun label is given.
    - "non_answer": empty, "fabric", "sleeves", "they are leggings", "it is a shirt" for the details question: the
      question's own words or the garment's name, nothing asked for.
    - "restated": a longer answer made of the question's words ("the material of the garment is the material of
      the garment", "the details of the skirt are the details").
    - Near-color synonyms count as correct: mustard ~ yellow, navy ~ (navy) blue, maroon ~ red, off white / cream ~
      white, beige ~ tan ~ cream, lavender ~ purple, olive ~ green, grey melange ~ grey, teal as teal.
    - A closed color answer giving another visible garment's (or the print's) color is "contradiction" (the seller
      color and the other texts say otherwise); an open answer (wearing, description) giving the product another
      garment's color is "other_garment_color". A wall's color given to the product is "contradiction".
    - Answers naming the other garments of the outfit with their right colors are correct; layers (jacket over tee,
      Nehru jacket over kurta, blazer over shirt) named in any order are correct.
    - Backgrounds named in base captions ("standing in front of a blue wall") are correct when the garment's color
      is right too.
    - Product shots without a person: an answer to "What is the person wearing?" that names the product is correct.
    - Material: a generic plausible fabric for the look (cotton for a tee or kurta, denim for jeans, wool for a
      blazer or cable knit, silk for a saree or lehenga) is correct; a specific claim the photo cannot show (100%,
      made in ..., dri-fit fabric) is "unsupported".
    - "unsupported": a detail not in the photo (pockets, buttons, logos, tassels, zips, pleats, rips, a bow).
    - Garment type: kurti ~ kurta, vest ~ Nehru jacket, jacket ~ blazer, hoodie ~ sweatshirt, pants ~ trousers /
      track pants / palazzos, top ~ tunic are correct; "dress" for a kurta the seller calls a kurta is
      "contradiction".
    - The caption template's "pure color patterns" for a plain garment and its colorless sentences are not counted
      wrong by themselves; the caption template's sleeves, fabric and neckline are judged only when the text is not
      already labelled cut / loop / pronoun.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case


def _rep(word: str, n: int, sep: str = " ") -> str:
    return sep.join([word] * n)


BLIND_126: list[Case] = [
    # 1. Man in a plain navy crew-neck tee, light grey jeans, white studio background.
    # caption, details: cap-e3; material: vqa; the rest: base.
    case(
        "MYN-1017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("navy blue"),
        D.pattern("solid"),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the color of the tee? Answer: navy Question: What is the color of the pants? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 2. Woman in a mustard straight kurta with white block print, three-quarter sleeves, white palazzos, grey wall.
    # caption, color, pattern, material: base; wearing: cap-e3; garment_type: vqa.
    case(
        "MYN-1034",
        caption("a woman in a mustard kurta with white print standing against a grey wall"),
        D.wearing(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type(_rep("dress", 30), "loop", hit_limit=True),
        D.color("yellow"),
        D.pattern("printed"),
        D.material("fabric", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Anouk Women Mustard Yellow & White Printed Straight Kurta",
    ),
    # 3. Man in a white full-sleeve spread-collar shirt (no chest pocket), grey jeans, white background.
    # color: vqa; the rest: base ("grey" for every garment in wearing).
    case(
        "MYN-1052",
        caption("a man in a white shirt and grey jeans"),
        D.wearing("a grey shirt and grey jeans", "other_garment_color"),
        D.garment_type("shirt"),
        D.color(_rep("grey", 15, "-"), "loop", hit_limit=True),
        D.pattern("solid"),
        D.details("it has a pocket on the chest and a button down collar", "unsupported"),
        D.material("the shirt is made of shirt material", "restated"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Highlander Men White Slim Fit Solid Casual Shirt",
    ),
    # 4. Woman in a pink sleeveless top with a ruffled neckline, blue jeans, white background.
    # caption, details: cap-e1; the rest: base.
    case(
        "MYN-1069",
        caption(
            "This lady wears a tank shirt with no sleeves and pure color patterns. The tank shirt is with chiffon "
            "fabric. The neckline of it is round. This lady wears a long pants. The pants are with denim fabric and "
            "pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a pink top and jeans", "pronoun"),
        D.garment_type("top"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.description("a pink top with ruffles"),
        D.details(
            "The tank shirt is with chiffon fabric. The neckline of it is round. The tank shirt is with chiffon "
            "fabric. "
            "The neckline of it is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Pink",
        title="SASSAFRAS Women Pink Solid Ruffled Top",
    ),
    # 5. Man in mid-blue clean-look slim jeans, white crew-neck tee, white sneakers, white background.
    # details: cap-e3; the rest: base (color: the tee's; wearing stopped early, mid-phrase, on a stray newline).
    case(
        "MYN-1088",
        caption("a man wearing a white t-shirt and blue jeans"),
        D.wearing("blue jeans and a white", "cut"),
        D.color("white", "contradiction"),
        D.pattern("the pattern of the garment is the pattern of the jeans", "restated"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The trousers are with denim fabric and pure "
            "color patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 6. Woman draped in a maroon silk-blend saree with a gold zari border, pallu over the shoulder (its end not
    # visible), matching maroon blouse, beige background. caption: cap-e3; description: vqa; the rest: base.
    case(
        "MYN-1103",
        caption(
            "The lady wears a long-sleeve dress with mixed patterns. The dress is with chiffon fabric. Its neckline is "
            "v-shape. There is an accessory on her wrist. The lady wears a long-sleeve dress with mixed patterns. The "
            "dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red saree"),
        D.color("maroon"),
        D.material("silk"),
        D.details("gold zari border with tassels and a matching blouse piece", "unsupported"),
        D.description(
            "dress Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Maroon",
        title="Mitera Maroon & Gold-Toned Silk Blend Woven Design Saree",
    ),
    # 7. Man in a black tee with a large white graphic print on the chest, black track pants, grey background.
    # caption, wearing, color: cap-e3 (the template for every prompt); the rest: base.
    case(
        "MYN-1121",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.pattern("graphic"),
        D.details("a white print on the front"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
    ),
    # 8. Boy of about eight in a red-and-white horizontally striped polo (two buttons, no pocket, no visible logo),
    # navy shorts, white background. sleeve_length: vqa; the rest: base.
    case(
        "MYN-1140",
        caption("a young boy wearing a red and white striped shirt"),
        D.wearing("she is wearing a striped shirt and blue shorts", "pronoun"),
        D.color("red"),
        D.pattern("stripes"),
        D.sleeve_length(_rep("short", 30), "loop", hit_limit=True),
        D.details("a red and white striped shirt with a collar and a pocket on the chest", "unsupported"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="United Colors of Benetton Boys Red Striped Polo T-shirt",
    ),
    # 9. Woman in a knee-length navy A-line dress with small white and pink flowers, short sleeves, white background.
    # caption: cap-e3; the rest: base.
    case(
        "MYN-1157",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round "
            "neckline. The lady also wears a pair of shoes. The shoes are with leather fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress"),
        D.color("navy"),
        D.pattern("floral"),
        D.sleeve_length("short Question: How long is the dress? Answer: knee length", "leak"),
        D.description("a navy blue dress with white flowers on it"),
        D.material("it is a dress", "non_answer"),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="Harpa Women Navy Blue Floral Print A-Line Dress",
    ),
    # 10. Man in a long white self-design kurta (tone-on-tone weave) and white churidar, beige wall.
    # details: cap-e1; the rest: base (caption: "a woman").
    case(
        "MYN-1176",
        caption("a woman in a white kurta standing in front of a beige wall", "pronoun"),
        D.wearing("a white kurta and pajama"),
        D.garment_type("kurta"),
        D.color("white"),
        D.description("yes", "non_answer"),
        D.details(
            "The dress is with cotton fabric. The neckline of it is stand. The dress is with cotton fabric. The "
            "neckline of it is stand. The dress",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Kurtas",
        color="White",
        title="Manyavar Men White Self Design Straight Kurta",
    ),
    # 11. Woman in a pink kurta with gold foil print, matching pink palazzos, pink dupatta over one shoulder, white
    # background. caption: cap-e3; wearing: vqa; the rest: base.
    case(
        "MYN-1192",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. Its neckline "
            "is "
            "round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing(_rep("dress, pants,", 10), "loop", hit_limit=True),
        D.garment_type("kurta"),
        D.color("pink"),
        D.description("a pink kurta with gold print and a matching dupatta"),
        D.details("gold print"),
        D.material("cotton Question: What is the pattern of the garment? Answer: printed", "leak"),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Libas Women Pink Printed Kurta with Palazzos & Dupatta",
    ),
    # 12. Product shot, no person: black track pants laid flat on white, white drawstring, small white logo on the
    # thigh, slip pockets without zips. garment_type: vqa; the rest: base.
    case(
        "MYN-1215",
        caption("a pair of black track pants on a white background"),
        D.wearing("black pants"),
        D.garment_type(
            "pants Question: What is the color of the pants? Answer: black Question: What is the color of the pants? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        D.color("black"),
        D.pattern("solid"),
        D.details("drawstring waist and two zip pockets", "unsupported"),
        D.description("track pants", "non_answer"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Puma Men Black Solid Track Pants",
    ),
    # 13. Woman in light-blue skinny jeans, a black sleeveless crop top, white sneakers, white background.
    # caption, details: cap-e3; the rest: base (black for every garment).
    case(
        "MYN-1233",
        caption(
            "The lady wears a tank shirt with no sleeves and pure color patterns. The tank shirt is with cotton "
            "fabric. "
            "The neckline of it is round. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("black top and black jeans", "other_garment_color"),
        D.garment_type("jeans"),
        D.color("black", "contradiction"),
        D.pattern("solid"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The trousers are with denim fabric and pure "
            "color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Women",
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Jeans",
    ),
    # 14. Man in a navy-and-white checked full-sleeve shirt, beige chinos, white background.
    # details: cap-e3; the rest: base (pattern: "striped" for checks).
    case(
        "MYN-1250",
        caption("a man wearing a blue and white checkered shirt and khaki pants"),
        D.wearing("a plaid shirt and khaki pants"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long"),
        D.description("she is wearing a blue checked shirt", "pronoun"),
        D.details(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
    ),
    # 15. Woman in a bottle-green A-line kurti with a small white geometric print, short sleeves, round neck, white
    # leggings, grey wall. pattern: vqa; the rest: base (caption: "a man").
    case(
        "MYN-1268",
        caption("a man in a green kurta standing against a grey wall", "pronoun"),
        D.wearing("green kurta and white leggings"),
        D.color("dark green"),
        D.pattern(
            "graphic Question: What is the pattern of the kurta? Answer: graphic Question: What is the pattern of the",
            "leak",
            hit_limit=True,
        ),
        D.description("a green kurta with white print and a round neck"),
        D.material("the material of the garment is the material of the garment", "restated"),
        gender="Women",
        category="Kurtis",
        color="Green",
        title="Sangria Women Green Printed A-Line Kurti",
    ),
    # 16. Man in a grey melange pullover hoodie (no zip), hood down with drawstrings, kangaroo pocket, black joggers,
    # white background. wearing: cap-e3; the rest: base.
    case(
        "MYN-1284",
        caption("a man wearing a grey hoodie and black pants"),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.sleeve_length("sleeves", "non_answer"),
        D.description("a grey hoodie with a zipper", "unsupported"),
        D.details("hood with drawstrings and a kangaroo pocket"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="HRX by Hrithik Roshan Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 17. Woman in a white short-sleeve crop top, blue denim mini skirt, white background, no bracelet.
    # caption, wearing, description, details: cap-e3; garment_type, color, sleeve_length: base.
    case(
        "MYN-1301",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. "
            "There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("crop top"),
        D.color("white"),
        D.sleeve_length("short"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="White",
        title="Tokyo Talkies Women White Solid Crop Top",
    ),
    # 18. Man in an olive-green bomber jacket, zip open, over a white crew tee, black jeans, white background;
    # ribbed collar and cuffs, front zip, two side welt pockets visible. description: vqa; the rest: base.
    case(
        "MYN-1319",
        caption("a man wearing an olive green jacket over a white t-shirt"),
        D.wearing("a green jacket and white shirt"),
        D.garment_type("jacket"),
        D.color("white", "contradiction"),
        D.pattern("solid"),
        D.details("ribbed collar and cuffs, zip front and two pockets"),
        D.description(_rep("jacket/coat", 10), "loop", hit_limit=True),
        D.material("nylon Question: What is the color of the jacket? Answer: green", "leak"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Bomber Jacket",
    ),
    # 19. Woman in black ankle-length leggings under a knee-length white kurta, grey background.
    # all base.
    case(
        "MYN-1336",
        caption("a woman in a white kurta and black leggings"),
        D.wearing("white leggings", "other_garment_color"),
        D.garment_type("leggings"),
        D.color("black"),
        D.pattern("the pattern of the leggings is a pattern", "restated"),
        D.details("they are leggings", "non_answer"),
        gender="Women",
        category="Leggings",
        color="Black",
        title="Go Colors Women Black Solid Ankle-Length Leggings",
    ),
    # 20. Man in beige flat-front formal trousers with a plain hem, light-blue formal shirt tucked in, brown belt,
    # white background. caption: cap-e1; the rest: base (wearing: blue for both).
    case(
        "MYN-1354",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. This gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and blue pants", "other_garment_color"),
        D.garment_type("pants"),
        D.color("beige"),
        D.pattern("solid"),
        D.details("pleated front with a cuffed hem", "unsupported"),
        D.material(
            "polyester Question: What is the pattern of the garment? Answer: solid Question: What is the sleeve "
            "length of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Louis Philippe Men Beige Slim Fit Solid Formal Trousers",
    ),
    # 21. Woman in a pink floral-print saree with a green border, short-sleeve green blouse, white background.
    # Seller color missing. description, details: cap-e3; the rest: base.
    case(
        "MYN-1372",
        caption("a woman in a pink and green saree"),
        D.wearing("she is wearing a saree"),
        D.color("pink"),
        D.pattern("solid", "contradiction"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. Its neckline "
            "is v-shape. There is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "There is an accessory on her wrist. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is an accessory on",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        title="Saree mall Pink & Green Floral Print Saree",
    ),
    # 22. Man in a white running tee with a small black swoosh on the chest, black shorts, white background.
    # all base (wearing and color: the shorts' black).
    case(
        "MYN-1390",
        caption("a man in a white nike shirt and black shorts"),
        D.wearing("a black shirt and black shorts", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.color("black", "contradiction"),
        D.pattern("solid"),
        D.details("a nike logo on the chest and a pocket on the back", "unsupported"),
        D.material("100% polyester dri-fit fabric made in vietnam", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Nike Men White Solid Dri-FIT Running T-shirt",
    ),
    # 23. Girl of about six in a pink sleeveless fit-and-flare dress, sequinned bodice, tulle skirt, front view
    # only, white background. sleeve_length: vqa; description: cap-e3; the rest: base.
    case(
        "MYN-1407",
        caption("a little girl in a pink dress"),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.sleeve_length(_rep("sleeveless", 30), "loop", hit_limit=True),
        D.description(
            "The lady wears a tank dress with no sleeves and pure color patterns. The dress is with chiffon fabric. "
            "The neckline of it is",
            "cut",
            hit_limit=True,
        ),
        D.details("sequins on the top and a bow on the back", "unsupported"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hopscotch Girls Pink Embellished Fit and Flare Dress",
    ),
    # 24. Man in a navy woven-design Nehru jacket (sleeveless) over a long-sleeve white kurta and white churidar,
    # beige background. details: cap-e3; the rest: base.
    case(
        "MYN-1425",
        caption("a man in a white kurta and a blue vest"),
        D.wearing("a white kurta and a white jacket", "other_garment_color"),
        D.garment_type("vest"),
        D.color("navy blue"),
        D.sleeve_length("long", "contradiction"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is stand",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Nehru Jackets",
        color="Navy Blue",
        title="Manyavar Men Navy Blue Woven Design Nehru Jacket",
    ),
    # 25. Woman in a red long-sleeve wrap midi dress with a waist tie, outdoors against a blue painted wall.
    # description: cap-e1; the rest: base (wearing: the wall's blue).
    case(
        "MYN-1443",
        caption("a woman in a red dress standing in front of a blue wall"),
        D.wearing("a blue dress", "contradiction"),
        D.color("red"),
        D.sleeve_length("long Question: What is the color of the wall? Answer: blue", "leak"),
        D.description(
            "This lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The "
            "neckline of it is v-shape. This lady",
            "cut",
            hit_limit=True,
        ),
        D.details("wrap style with a tie at the waist"),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Berrylush Women Red Solid Wrap Dress",
    ),
    # 26. Product shot, no person: navy cotton shorts with a drawstring laid flat on white.
    # caption: cap-e3; color: vqa; the rest: base.
    case(
        "MYN-1460",
        caption(
            "The lady wears a short shorts. The shorts are with cotton fabric and pure color patterns. The lady wears "
            "a "
            "short shorts. The shorts are with cotton fabric and pure color patterns. The lady wears a short shorts. "
            "The shorts are",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pair of shorts"),
        D.garment_type("shorts"),
        D.color(
            "navy Question: What is the color of the shorts? Answer: navy Question: What is the color of the shorts? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        D.details("they are short", "non_answer"),
        D.description("navy blue shorts with a drawstring"),
        gender="Boys",
        category="Shorts",
        color="Navy Blue",
        title="YK Boys Navy Blue Solid Regular Shorts",
    ),
    # 27. Woman in a floor-length blue Anarkali kurta with a white floral print, long sleeves, white churidar.
    # caption, wearing: cap-e3; the rest: base.
    case(
        "MYN-1478",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It "
            "has",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("long"),
        D.material("i don't know", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="W Women Blue Printed Anarkali Kurta",
    ),
    # 28. Man in a light-blue full-sleeve formal shirt tucked into navy trousers, white background.
    # sleeve_length: vqa; the rest: base (description echoes the prompt).
    case(
        "MYN-1495",
        caption("a man wearing a light blue shirt and navy pants"),
        D.wearing("a blue shirt and blue pants"),
        D.color("light blue"),
        D.sleeve_length(_rep("long-sleeve", 10), "loop", hit_limit=True),
        D.details("it is a shirt", "non_answer"),
        D.description("Question: Describe the garment. Answer: a blue shirt", "leak"),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Van Heusen Men Blue Slim Fit Solid Formal Shirt",
    ),
    # 29. Woman in an off-white top with thin black horizontal stripes, three-quarter sleeves, blue jeans.
    # description: cap-e1; the rest: base.
    case(
        "MYN-1513",
        caption("a woman in a black and white striped shirt"),
        D.wearing("a striped shirt and jeans"),
        D.color("black", "contradiction"),
        D.pattern("stripes"),
        D.details("black and white stripes"),
        D.description(
            "This lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. The "
            "neckline of it is round. This lady",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the color of the garment? Answer: white Question: What is the pattern of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Off White",
        title="Vero Moda Women Off-White Striped Top",
    ),
    # 30. Man in a mustard polo T-shirt (two-button placket, no logo), blue jeans, white background.
    # caption: cap-e3 ("This lady"); the rest: base (description: the jeans' blue).
    case(
        "MYN-1531",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. This lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. This",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and jeans"),
        D.garment_type("polo shirt"),
        D.color("yellow"),
        D.details("a collar with three buttons and a logo on the chest", "unsupported"),
        D.description("a blue polo shirt", "other_garment_color"),
        gender="Men",
        category="Tshirts",
        color="Mustard",
        title="Roadster Men Mustard Yellow Solid Polo Collar T-shirt",
    ),
    # 31. Woman in a red lehenga with gold embroidery on the skirt, short-sleeve red blouse, red net dupatta with a
    # plain edge, beige background; no mirrors, no tassels. wearing: vqa; description: cap-e3; the rest: base.
    case(
        "MYN-1548",
        caption("a woman in a red and gold lehenga"),
        D.wearing(_rep("dress", 30), "loop", hit_limit=True),
        D.garment_type("lehenga"),
        D.color("red"),
        D.description(
            "The lady wears a short-sleeve dress with mixed patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        D.details("gold embroidery on the skirt and the dupatta, with mirror work and tassels", "unsupported"),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Mitera Red & Gold-Toned Embroidered Lehenga Choli with Dupatta",
    ),
    # 32. Man in black clean-look slim jeans (no rips), grey crew tee, white background. Seller color and title
    # missing. pattern: vqa; the rest: base (grey for everything).
    case(
        "MYN-1566",
        caption("a man in a grey shirt and black jeans"),
        D.wearing("grey jeans", "other_garment_color"),
        D.garment_type("jeans"),
        D.color("grey", "contradiction"),
        D.pattern(_rep("pure color", 15, "-"), "loop", hit_limit=True),
        D.details("five pockets and a button fly with ripped knees", "unsupported"),
        D.material("denim"),
        gender="Men",
        category="Jeans",
    ),
    # 33. Woman in a beige cable-knit crew-neck pullover, long sleeves, light-blue jeans, white background.
    # description: cap-e3; the rest: base.
    case(
        "MYN-1584",
        caption("a woman wearing a beige sweater and jeans"),
        D.wearing("he is wearing a tan sweater", "pronoun"),
        D.color("cream"),
        D.pattern("cable knit"),
        D.details("the sweater details are the details of a sweater", "restated"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has "
            "a crew neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("wool"),
        gender="Women",
        category="Sweaters",
        color="Beige",
        title="Mast & Harbour Women Beige Cable Knit Pullover",
    ),
    # 34. Boy in a grey melange tee with a blue dinosaur graphic, blue denim shorts, white background.
    # caption: cap-e1; the rest: base.
    case(
        "MYN-1602",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "neckline of it is round. This gentleman wears a short pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt with a dinosaur on it"),
        D.color("blue", "contradiction"),
        D.details("a dinosaur print"),
        D.description("a blue t-shirt with a dinosaur", "other_garment_color"),
        D.garment_type("t-shirt"),
        gender="Boys",
        category="Tshirts",
        color="Grey Melange",
        title="Kook N Keech Boys Grey Melange Printed Round Neck T-shirt",
    ),
    # 35. Woman in white flared palazzos under a navy printed kurta that covers the waistband, white background.
    # all base (the kurta's blue given to the palazzos in wearing, color and description).
    case(
        "MYN-1620",
        caption("a woman in a blue kurta and white pants"),
        D.wearing("a blue top and blue pants", "other_garment_color"),
        D.garment_type("pants"),
        D.color("blue", "contradiction"),
        D.pattern("solid"),
        D.description("blue palazzo pants", "other_garment_color"),
        D.details("wide legs with an elastic waistband", "unsupported"),
        gender="Women",
        category="Palazzos",
        color="White",
        title="Jaipur Kurti Women White Solid Flared Palazzos",
    ),
    # 36. Man in khaki chino shorts with belt loops and slant pockets, white crew tee, white background.
    # caption: cap-e3; garment_type: vqa; the rest: base (description stopped early on a stray newline).
    case(
        "MYN-1637",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short shorts. The shorts are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("white shirt and khaki shorts"),
        D.garment_type(
            "shorts Question: What is the color of the shorts? Answer: khaki Question: What is the color of the "
            "shorts?",
            "leak",
            hit_limit=True,
        ),
        D.color("khaki"),
        D.details("they are shorts", "non_answer"),
        D.description("khaki shorts with belt loops and", "cut"),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="Roadster Men Khaki Solid Regular Fit Chino Shorts",
    ),
    # 37. Woman in a black sleeveless crepe jumpsuit with a self-tie belt, white sneakers, grey background.
    # wearing: vqa; details: cap-e3; the rest: base.
    case(
        "MYN-1655",
        caption("a woman in a black jumpsuit"),
        D.wearing(_rep("romper/jumpsuit", 10), "loop", hit_limit=True),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.description("he is wearing a black jumpsuit with a belt", "pronoun"),
        D.details(
            "The lady wears a tank shirt with no sleeves and pure color patterns. The tank shirt is with cotton "
            "fabric. The neckline of it is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jumpsuit",
        color="Black",
        title="SASSAFRAS Women Black Solid Basic Jumpsuit",
    ),
    # 38. Man in a long plain yellow kurta with white pyjamas, beige background. Seller gender missing.
    # caption: cap-e1; the rest: base.
    case(
        "MYN-1673",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is stand. This gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow kurta and white pajamas"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.details("the details of the garment are yellow", "restated"),
        D.material("cotton Question: What is the color of the garment? Answer: yellow", "leak"),
        category="Kurta Sets",
        color="Yellow",
        title="See Designs Men Yellow Solid Kurta with Pyjamas",
    ),
    # 39. Product shot, no person: lavender short-sleeve tee with a pink glitter unicorn print, flat on white.
    # description: cap-e3; details: vqa; the rest: base.
    case(
        "MYN-1690",
        caption("a purple t-shirt with a unicorn on it"),
        D.wearing("a purple shirt"),
        D.color("pink", "contradiction"),
        D.pattern("graphic"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(_rep("graphic", 30), "loop", hit_limit=True),
        gender="Girls",
        category="Tshirts",
        color="Lavender",
        title="Gini and Jony Girls Lavender Printed T-shirt",
    ),
    # 40. Woman in a green floral A-line midi skirt (white and pink flowers), white tee tucked in, white background.
    # garment_type: cap-e3; the rest: base.
    case(
        "MYN-1708",
        caption("a woman in a white shirt and a green floral skirt"),
        D.wearing("white shirt and white skirt", "other_garment_color"),
        D.garment_type(
            "The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. The lady wears a long "
            "skirt. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        D.description("a green skirt with white and pink flowers"),
        D.details("the details of the skirt are the details", "restated"),
        gender="Women",
        category="Skirts",
        color="Green",
        title="Berrylush Women Green Floral Print A-Line Midi Skirt",
    ),
    # 41. Man in a navy single-breasted two-button blazer (no pocket square) over a white shirt, grey trousers, no
    # tie, white background. description: cap-e1; the rest: base.
    case(
        "MYN-1726",
        caption("a man in a navy blue suit jacket and white shirt"),
        D.wearing("a blue blazer, white shirt and grey pants"),
        D.garment_type("jacket"),
        D.color("white", "contradiction"),
        D.details("two buttons and a pocket square", "unsupported"),
        D.description(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is lapel. This",
            "cut",
            hit_limit=True,
        ),
        D.material("wool"),
        gender="Men",
        category="Blazers",
        color="Navy Blue",
        title="Raymond Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
    ),
    # 42. Woman in a teal straight kurta with a gold-printed yoke, three-quarter sleeves, beige salwar.
    # caption: cap-e3; the rest: base.
    case(
        "MYN-1743",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. Its neckline "
            "is "
            "round. There is an accessory on her wrist. There is an accessory on her wrist. There is an accessory on "
            "her wrist. There",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a green kurta", "pronoun"),
        D.garment_type("kurta"),
        D.color("teal"),
        D.details("gold print on the yoke"),
        D.material("the garment is made of material", "restated"),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Biba Women Teal Green Printed Straight Kurta",
    ),
    # 43. Man in a white ribbed sleeveless innerwear vest, cropped at the hips, grey background.
    # garment_type: vqa; description: cap-e3 ("This lady"); the rest: base.
    case(
        "MYN-1761",
        caption("a man in a white tank top"),
        D.wearing("a white tank top"),
        D.garment_type(_rep("tee/tank", 15), "loop", hit_limit=True),
        D.color("white"),
        D.details("a jockey logo on the waistband", "unsupported"),
        D.description(
            "This lady wears a tank shirt with no sleeves and pure color patterns. The tank shirt is with cotton "
            "fabric. The neckline of it is",
            "pronoun",
            hit_limit=True,
        ),
        gender="Men",
        category="Innerwear Vests",
        color="White",
        title="Jockey Men White Solid Innerwear Vest",
    ),
    # 44. Woman in a long peach tunic with side slits, three-quarter sleeves, white leggings, white background.
    # description: cap-e3; the rest: base (color: the leggings').
    case(
        "MYN-1779",
        caption("a woman in a peach colored top and white leggings"),
        D.wearing("a peach top and white pants"),
        D.garment_type("top"),
        D.color("white", "contradiction"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is round",
            "cut",
            hit_limit=True,
        ),
        D.details("side slits"),
        D.material("", "non_answer"),
        gender="Women",
        category="Tunics",
        color="Peach",
        title="W Women Peach-Coloured Solid Tunic with Side Slits",
    ),
]
