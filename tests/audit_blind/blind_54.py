"""BLIND_54 (44 products; the experiments re-run on a Myntra-style sportswear catalog): written blind in the
seventeenth session. Measured blind at 55efb10: 126/140 and 12/145. The writer's notes, verbatim:

Blind corpus 54: BLIP-2 OPT-2.7b and the experiments' adapters on a Myntra-style sportswear catalog.

Scenario
    The original experiments' models re-run on a marketplace catalog of men's and women's sportswear and
    activewear: sports t-shirts and polos, track pants and joggers, running shorts, tracksuits, track jackets,
    sports bras and tights, windcheaters. Mostly on-model studio shots on white or light grey, some flat
    packshots (and one ghost-mannequin shot). Seller columns as the marketplace gives them: gender (Men/Women),
    category (the article type: Tshirts, Track Pants, Tracksuits, Jackets, Shorts, Tights, Sports Bra), color (the
    base colour: Navy Blue, Charcoal, Teal, Olive, Grey Melange...) and title (the seller's product title). A few
    products lack some or all of these columns.

Which system wrote which text (named in the comment above every case)
    base   Salesforce/blip2-opt-2.7b, untuned (short answers; colors and pronouns unreliable; invents details).
    cap-e1 the caption adapter after epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch).
    cap-e3 the caption adapter after epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption): the DeepFashion
           template ("The gentleman wears a ... with pure color patterns. The ... is with cotton fabric ...") for
           every prompt, never stopping.
    vqa    the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): one-word answers that loop or run on into a new
           "Question: ... Answer:" turn, biased to "yes".
    All with greedy decoding, 30 new tokens for answers and 50 for captions; closed questions are stored with
    the raw text the model produced (kept when it maps to no candidate).

How it was written
    Blind. The writer read only /work/shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text
    layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS and TARGETS). No audit code, no other corpus, no
    queries, no docs, no git history. The photos are imagined; each is described in the comment above its case,
    and every label was judged against that description only.

Label conventions and judgement calls
    - One label per text: the failure the text is in the corpus for. Where a text has a second, lesser fault the
      label follows the dominant one: a loop that also runs to the limit is "loop" (hit_limit=True); the caption
      template returned to a color question is "non_answer" even though it is also cut at the limit; a VQA
      answer that runs on into a new "Question: ... Answer:" turn is "leak" even where the turn repeats.
    - "cut": the text stops mid-phrase. hit_limit=True when it used all 30 (answers) or 50 (captions) new
      tokens; a few stop mid-phrase before the limit (hit_limit=False). A cut caption-template text is labelled
      cut even though the template's person ("The gentleman") stands in for a packshot: that is the adapter's
      wording, not a claim judged on its own.
    - Near-color synonyms are correct: navy/dark blue/blue, charcoal/dark grey/grey, grey melange/grey, olive/
      green, teal/green/blue for a teal garment, coral/orange, magenta/pink, maroon/burgundy, fluorescent green/
      neon yellow, lavender/purple. Navy answered "black" for a garment the photo shows clearly blue is a
      contradiction.
    - The same color for every garment is correct when the photo really is one color (all-black outfits).
    - Colors of prints, trims, stripes, piping and backgrounds named in a caption or description are correct
      when the photo shows them ("white stripes down the side", "pink letters", "against a grey wall").
    - Layers are correct when the photo shows them (a jacket worn open over a t-shirt, 2-in-1 shorts over tights).
    - "other_garment_color": an open answer that gives the product the color of another garment in the photo.
      The same mistake in a closed color answer, or the product's color given to another garment ("white" pants
      under a white polo), is "contradiction".
    - "contradiction" also covers the wrong garment (a yes to "Is this a swimsuit?" for a sports bra, "cap" as
      the garment type of a t-shirt worn with a cap, "bikini top" for a sports bra).
    - "unsupported": a detail the photo does not show (a hood, pads, a zipper, a brand logo or fabric, the back
      of a front-only shot, a person in a packshot).
    - Material answers cannot be seen; a plain fiber plausible for the product ("polyester", "cotton", "nylon
      and spandex") is correct, a brand fabric ("gore-tex") is unsupported.
    - "pronoun": the person's gender word is wrong against the seller's gender and the photo, including an answer
      that takes "he" from a "What is he wearing?" prompt for a woman.
    - "non_answer": nothing said ("", "i don't know", the question's words back such as "shorts" or "they are
      short" for the shorts' details, a pattern word for a color, the caption template for a color question).
      "restated": an answer that only restates the question ("the details of the garment").
    - The DeepFashion vocabulary is correct where it fits the photo: "pure color" for a solid pattern, "trousers"
      for track pants, "upper clothing has no sleeves" for a bra.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_54: list[Case] = [
    # 1. Man in a navy blue slim training tee (round neck, short sleeves, small white logo on the left chest) and
    # black shorts, white studio background. caption, wearing, color, sleeve_length, material: base;
    # details: cap-e3 (template, cut at 30 tokens).
    case(
        "MYN-54-0001",
        caption("a man in a navy blue t-shirt and black shorts"),
        D.wearing("a black t-shirt and black shorts", "other_garment_color"),
        D.color("navy blue"),
        D.sleeve_length("short"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Men Navy Blue Slim Fit Training T-shirt",
    ),
    # 2. Man in a white polo with navy tipping on collar and sleeve hems, navy track pants, light grey background.
    # caption, wearing, colors, describe: base; details: cap-e3 (loop); is_a: vqa.
    case(
        "MYN-54-0002",
        caption("a man wearing a white polo shirt and blue pants"),
        wearing("a white polo shirt", who="he"),
        color_of("shirt", "white", kind="open"),
        # base: the polo's white given to the navy pants
        color_of("pants", "white", "contradiction", kind="open"),
        describe("shirt", "a white polo shirt with navy blue trim on the collar and sleeves"),
        details(
            "shirt",
            "the collar, the sleeves, the collar, the sleeves, the collar, the sleeves, the collar, the sleeves, the "
            "collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Men White Solid Polo Collar T-shirt",
    ),
    # 3. Man in charcoal track pants with two white side stripes and a plain white tee, white background.
    # caption, wearing, garment_type, pattern, description (run to the limit): base; color: vqa (the tee's
    # white); details: vqa.
    case(
        "MYN-54-0003",
        caption("a man in a white t-shirt and grey track pants"),
        D.wearing("a white t-shirt and grey sweatpants"),
        D.garment_type("pants"),
        D.color("white", "contradiction"),
        D.pattern("solid"),
        D.description(
            "a pair of dark grey track pants with white stripes down the side, an elastic waistband with a white "
            "drawstring, slim legs that taper to the ankle and",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "white stripes Question: What is the color of the pants? Answer: grey Question: What is the color of the "
            "shirt? Answer: white",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Charcoal",
        title="Men Charcoal Grey Solid Slim Fit Track Pants",
    ),
    # 4. Woman in a black medium-support sports bra and grey high-waist tights, white background.
    # caption, wearing, is_a, colors, material: base; is_a tank top: vqa.
    case(
        "MYN-54-0004",
        caption("a woman in a black sports bra and grey leggings"),
        wearing("a sports bra and leggings", who="she"),
        is_a("sports bra", "yes"),
        # base: the bra given the tights' grey
        color_of("sports bra", "grey", "other_garment_color", kind="open"),
        color_of("leggings", "grey", kind="open"),
        is_a("tank top", "yes", "contradiction"),
        D.material("spandex"),
        gender="Women",
        category="Sports Bra",
        color="Black",
        title="Women Black Solid Medium Support Workout Sports Bra",
    ),
    # 5. Woman in teal-and-black abstract-print training tights and a black sports bra, white background; the
    # waistband is wide and plain, no pocket anywhere in the shot. All base except description (cap-e1, loop).
    case(
        "MYN-54-0005",
        caption("a woman wearing a black sports bra and printed leggings"),
        D.wearing("a black top and blue and black leggings"),
        D.color("teal"),
        D.pattern("printed"),
        D.description(
            "The lady wears a long leggings with graphic patterns. The leggings are with cotton fabric. The lady wears "
            "a long leggings with graphic patterns. The leggings are with cotton",
            "loop",
            hit_limit=True,
        ),
        D.details("the leggings have a high waist and a pocket on the side", "unsupported"),
        gender="Women",
        category="Tights",
        color="Teal",
        title="Women Teal & Black Printed Training Tights",
    ),
    # 6. Man in an olive zip-up tracksuit (jacket zipped halfway over a white tee, matching joggers), white
    # background. wearing, garment_type, color, sleeve_length: base; caption, details: cap-e3; material: vqa.
    case(
        "MYN-54-0006",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and green pants"),
        D.garment_type("tracksuit"),
        D.color("olive"),
        D.sleeve_length("long"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tracksuits",
        color="Olive",
        title="Men Olive Green Solid Tracksuit",
    ),
    # 7. Man in a hooded red-and-black colourblocked windcheater (red body, black shoulders and hood) and black
    # track pants, standing against a plain grey wall. caption, wearing, colors: base; is_a: vqa (loop);
    # describe: cap-e3 (cut).
    case(
        "MYN-54-0007",
        caption("a man in a red and black jacket standing in front of a grey wall"),
        wearing("a red and black jacket and black pants", who="he"),
        color_of("jacket", "red and black", kind="open"),
        color_of("pants", "red", "contradiction", kind="open"),
        is_a(
            "jacket",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with nylon fabric and "
            "it has a hooded neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets",
        color="Red",
        title="Men Red & Black Colourblocked Windcheater Jacket",
    ),
    # 8. Woman in a grey melange round-neck running tee and black shorts, white background.
    # caption, wearing, color, pattern, sleeve_length, details: base; description: vqa (runs into a new turn).
    case(
        "MYN-54-0008",
        caption("a woman in a grey t-shirt and black shorts"),
        D.wearing("a grey shirt and black shorts"),
        D.color("grey"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("no", "non_answer"),
        D.description(
            "The shirt is grey Question: Describe the garment. Answer: The shirt is grey Question: Describe the "
            "garment. Answer: The",
            "leak",
            hit_limit=True,
        ),
        D.details("the details of the garment", "restated"),
        gender="Women",
        category="Tshirts",
        color="Grey Melange",
        title="Women Grey Melange Solid Round Neck Running T-shirt",
    ),
    # 9. Packshot: black running shorts laid flat on white, white drawcord, small reflective logo on the left leg,
    # side mesh panels. No person. caption, wearing, garment_type, color, details: base; material: vqa; description:
    # cap-e3 (loop).
    case(
        "MYN-54-0009",
        caption("a pair of black shorts on a white background"),
        D.wearing("black shorts"),
        D.garment_type("shorts"),
        D.color("black"),
        details("shorts", "shorts", "non_answer"),
        D.description(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "polyester Question: What is the pattern of the garment? Answer: solid Question: What is the color of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Black",
        title="Men Black Solid Running Shorts",
    ),
    # 10. Woman in pink cuffed joggers and a white crop tee, white background. caption, wearing, colors: base;
    # details: cap-e1 (cut); is_a: vqa.
    case(
        "MYN-54-0010",
        caption("a woman in a white crop top and pink sweatpants"),
        wearing("a white top and pink pants", who="she"),
        color_of("pants", "pink", kind="open"),
        color_of("shirt", "pink", "contradiction", kind="open"),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The lady wears a short-sleeve T-shirt with pure "
            "color patterns. The T-shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        is_a("pants", "yes Question: What is the color of the pants? Answer: pink", "leak", article="a pair of"),
        gender="Women",
        category="Track Pants",
        color="Pink",
        title="Women Pink Solid Joggers",
    ),
    # 11. Man in a navy track jacket with white piping and a stand collar, worn open over a grey melange tee, black
    # track pants, white background. No hood. All base.
    case(
        "MYN-54-0011",
        caption("a man wearing a blue jacket over a grey t-shirt"),
        D.wearing("a blue jacket, grey t-shirt and black pants"),
        D.garment_type("jacket"),
        D.color("grey", "contradiction"),
        D.description("a grey jacket with a zipper", "other_garment_color"),
        D.details("the jacket has a zipper and two pockets and a hood", "unsupported"),
        D.material("polyester"),
        gender="Men",
        category="Jackets",
        color="Navy Blue",
        title="Men Navy Blue Solid Sporty Track Jacket",
    ),
    # 12. Woman in a coral racerback training tank and black tights, white background. caption, wearing, color,
    # details: base; sleeve_length: vqa (loop); description: cap-e3 (cut at 30 tokens).
    case(
        "MYN-54-0012",
        caption("a woman in an orange tank top and black leggings"),
        D.wearing("a tank top and leggings"),
        D.sleeve_length(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless "
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless",
            "loop",
            hit_limit=True,
        ),
        D.color("orange"),
        D.description(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("a racerback"),
        gender="Women",
        category="Tshirts",
        color="Coral",
        title="Women Coral Solid Racerback Training T-shirt",
    ),
    # 13. Man in a white tee with a large black "RUN" print on the chest, black joggers, white background.
    # caption, wearing, color, pattern: base; details, material: vqa.
    case(
        "MYN-54-0013",
        caption("a man wearing a white t-shirt with the word run on it"),
        D.wearing("a black t-shirt and black pants", "other_garment_color"),
        D.color("white"),
        D.pattern("the pattern of the garment", "restated"),
        D.details(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton Question: What is the pattern of the garment? Answer: graphic Question: What is", "leak"),
        gender="Men",
        category="Tshirts",
        color="White",
        title="Men White Typography Printed Running T-shirt",
    ),
    # 14. Packshot: teal polo folded on white, two-button placket, small chest logo. No person. caption, closed
    # questions, details, material: base; wearing, description: cap-e3 (template, cut).
    case(
        "MYN-54-0014",
        caption("a green polo shirt on a white background"),
        D.wearing(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("teal"),
        D.description(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the shirt are the details", "restated"),
        D.material("polyester"),
        gender="Men",
        category="Tshirts",
        color="Teal",
        title="Men Teal Green Solid Polo Collar Dri-FIT T-shirt",
    ),
    # 15. Woman in a lavender hooded windcheater, zipped, and black tights, white background. caption, wearing,
    # colors, describe: base; details: cap-e3 (repeats its sentence).
    case(
        "MYN-54-0015",
        caption("a woman in a purple jacket and black leggings"),
        wearing("she is wearing a purple jacket", who="she"),
        color_of("jacket", "purple", kind="open"),
        color_of("leggings", "purple", "contradiction", kind="open"),
        describe("jacket", "it is a black jacket with a hood", "other_garment_color"),
        details(
            "jacket",
            "The jacket is with nylon fabric and it has a hooded neckline. The jacket is with nylon fabric and it has "
            "a hooded neckline. The jacket is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets",
        color="Lavender",
        title="Women Lavender Solid Hooded Windcheater",
    ),
    # 16. Man (long hair in a bun) in black slim joggers with zip side pockets and a black tee (all black), white
    # background. caption, wearing, color, garment_type, details (stopped early), material: base; description: vqa
    # (loop).
    case(
        "MYN-54-0016",
        caption("a woman in a black t-shirt and black joggers", "pronoun"),
        D.wearing("black t-shirt and black pants"),
        D.color("black"),
        D.garment_type("joggers"),
        D.details("the pants have a zipper pocket on the side and an elastic", "cut"),
        D.description(
            "The pants are black The pants are black The pants are black The pants are black The pants are black The "
            "pants are black The pants are",
            "loop",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="Men Black Solid Slim Fit Joggers",
    ),
    # 17. Woman in an olive drop-shoulder training tee and black shorts, light grey background. caption,
    # wearing, color: cap-e1, which returns its template to every prompt; pattern, sleeve_length: base.
    case(
        "MYN-54-0017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady",
            "non_answer",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.sleeve_length("short"),
        gender="Women",
        category="Tshirts",
        color="Olive",
        title="Women Olive Green Drop-Shoulder Sleeves Training T-shirt",
    ),
    # 18. Man in a royal blue and white horizontally striped sports polo with a white collar, white cuffs, a
    # two-button placket and a small white logo on the left chest, navy shorts, white background. caption, closed
    # pattern, wearing, description (run to the limit), details: base; garment_type: vqa.
    case(
        "MYN-54-0018",
        caption("a man in a blue and white striped polo shirt"),
        D.pattern("striped"),
        D.wearing("a striped shirt and blue shorts"),
        D.description(
            "a blue and white striped polo shirt with a white collar and two buttons on the front, short sleeves with "
            "white cuffs and a small logo on the left side of the",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes",
            "loop",
            hit_limit=True,
        ),
        D.garment_type(
            "shirt Question: What is the color of the shirt? Answer: blue and white Question: What is the pattern of "
            "the shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Blue",
        title="Men Blue & White Striped Polo Collar T-shirt",
    ),
    # 19. Packshot: navy track pants laid flat on white, white side taping, elastic waist with a white drawcord,
    # seamed slant pockets without zips. The navy is clearly blue in the shot. No person. caption, closed
    # questions, wearing, description: base; details: cap-e3 (loop).
    case(
        "MYN-54-0019",
        caption("a pair of blue sweatpants with white stripes"),
        D.garment_type("pants"),
        D.color("black", "contradiction"),
        D.wearing("a pair of blue pants"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and pure "
            "color patterns. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "the pants are blue with a white stripe down the side, a drawstring and zip pockets", "unsupported"
        ),
        gender="Men",
        category="Track Pants",
        color="Navy Blue",
        title="Men Navy Blue Solid Track Pants with Side Taping",
    ),
    # 20. Packshot: magenta high-support sports bra with a black geometric print, flat on white, pull-on (no
    # zipper, no closure in front). No person. caption, closed color, description, wearing: base; is_a, pattern: vqa.
    case(
        "MYN-54-0020",
        caption("a pink and black sports bra"),
        is_a("sports bra", "yes"),
        is_a("swimsuit", "yes", "contradiction"),
        D.color("pink"),
        D.pattern(
            "print-print-print-print-print-print-print-print-print-print-print-print-print-print-print",
            "loop",
            hit_limit=True,
        ),
        D.description("a pink sports bra with a black pattern and a zipper in the front", "unsupported"),
        D.wearing("a bikini top", "contradiction"),
        gender="Women",
        category="Sports Bra",
        color="Magenta",
        title="Women Magenta & Black Printed High Support Sports Bra",
    ),
    # 21. Man in a colourblocked tracksuit: grey melange jacket with navy sleeves, navy pants, white background.
    # wearing, colors: base; caption, details: cap-e3 (cut); is_a: vqa.
    case(
        "MYN-54-0021",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a grey jacket and blue pants", "pronoun", who="he"),
        color_of("jacket", "grey and blue", kind="open"),
        color_of("pants", "grey", "contradiction", kind="open"),
        details(
            "jacket",
            "The jacket is with cotton fabric and color block patterns. It has a stand neckline. The gentleman wears a "
            "long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "tracksuit",
            "yes Question: Is this a jacket? Answer: yes Question: Is this a pair of pants? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tracksuits",
        color="Grey Melange",
        title="Men Grey Melange & Navy Blue Colourblocked Tracksuit",
    ),
    # 22. Woman in black high-rise training tights with mesh calf panels and a lavender sports bra, white
    # background. All base.
    case(
        "MYN-54-0022",
        caption("a woman in a purple sports bra and black leggings"),
        D.wearing("a purple top and black leggings"),
        D.garment_type("leggings"),
        D.color("purple", "contradiction"),
        D.description("purple leggings with mesh panels", "other_garment_color"),
        D.details(
            "mesh panels, mesh panels, mesh panels, mesh panels, mesh panels, mesh panels, mesh panels, mesh panels, "
            "mesh panels, mesh",
            "loop",
            hit_limit=True,
        ),
        D.material("nylon and spandex"),
        gender="Women",
        category="Tights",
        color="Black",
        title="Women Black Solid High-Rise Training Tights with Mesh Panels",
    ),
    # 23. Man, front view, in olive 2-in-1 running shorts over black inner tights and a black tee, white
    # background; the back of the shorts is not in the shot. caption, wearing, color, garment_type, details: base;
    # description: vqa (loop).
    case(
        "MYN-54-0023",
        caption("a man in a black shirt and green shorts over black leggings"),
        D.wearing("black shirt and black shorts", "other_garment_color"),
        D.color("green"),
        D.garment_type("shorts"),
        D.description(
            "The shorts are black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.details("there is a pocket on the back of the shorts and a reflective strip", "unsupported"),
        gender="Men",
        category="Shorts",
        color="Olive",
        title="Men Olive Green 2-in-1 Running Shorts",
    ),
    # 24. Woman (short hair, hands in pockets) in a zipped navy tracksuit with white stripes down the sleeves and
    # legs, white background. caption, wearing, closed questions: base; details: cap-e3 (cut).
    case(
        "MYN-54-0024",
        caption("a man in a blue tracksuit standing in front of a white background", "pronoun"),
        D.wearing("a blue tracksuit with white stripes"),
        D.color("navy blue"),
        D.garment_type("Answer: tracksuit", "leak"),
        D.sleeve_length("how long the sleeves are", "restated"),
        D.details(
            "The lady wears a long-sleeve jacket with stripe patterns. The jacket is with cotton fabric and it has a "
            "stand neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tracksuits",
        color="Navy Blue",
        title="Women Navy Blue Solid Tracksuit",
    ),
    # 25. Man in a charcoal training tee with neon green side panels and black shorts, white background.
    # caption, closed questions, wearing, details (stopped early), material: base; description: vqa.
    case(
        "MYN-54-0025",
        caption("a man in a dark grey and green t-shirt"),
        D.color("dark grey"),
        D.pattern("color block"),
        D.wearing("a grey shirt and black shorts"),
        D.description("The shirt is green Question: Describe the garment. Answer:", "leak"),
        D.details("the shirt has a", "cut"),
        D.material(
            "cotton and polyester and cotton and polyester and cotton and polyester and cotton and polyester and "
            "cotton and polyester and cotton and polyester and cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Charcoal",
        title="Men Charcoal Grey Colourblocked Slim Fit Training T-shirt",
    ),
    # 26. Woman in a white tee with a neon pink "JUST RUN" print and pink running shorts, white background. The
    # experiments' "What is he wearing?" prompt was asked of her. All base except details (cap-e3, loop).
    case(
        "MYN-54-0026",
        caption("a woman wearing a white t-shirt and pink shorts"),
        wearing("he is wearing a white shirt and pink shorts", "pronoun", who="he"),
        color_of("shirt", "white", kind="open"),
        color_of("shorts", "pink", kind="open"),
        describe("shirt", "a white t-shirt with pink letters on the front"),
        details(
            "shirt",
            "the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the "
            "sleeves, the neckline, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        gender="Women",
        category="Tshirts",
        color="White",
        title="Women White Typography Print Running T-shirt",
    ),
    # 27. Man in a black lightweight running jacket (hood, reflective zip pullers) and grey joggers, white
    # background. caption, wearing, color, description, material: base; details, garment_type: vqa.
    case(
        "MYN-54-0027",
        caption("a man in a black jacket and grey pants"),
        D.wearing("a black jacket and gray pants"),
        D.color("black"),
        D.description("a grey jacket with a hood and a zipper", "other_garment_color"),
        D.details(
            "zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper "
            "zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of gore-tex", "unsupported"),
        D.garment_type("jacket Question: What is the color of the jacket? Answer: black", "leak"),
        gender="Men",
        category="Jackets",
        color="Black",
        title="Men Black Solid Lightweight Running Jacket",
    ),
    # 28. Woman in a teal long-sleeve running tee and black tights, light grey background. caption: cap-e3 (cut);
    # closed questions, material: base (BLIND_QUESTIONS); is_a: vqa.
    case(
        "MYN-54-0028",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        B.color("teal"),
        B.garment_type("t-shirt"),
        B.pattern("solid"),
        B.material("", "non_answer"),
        is_a("t-shirt", "no", "contradiction"),
        gender="Women",
        category="Tshirts",
        color="Teal",
        title="Women Teal Blue Solid Long Sleeves Running T-shirt",
    ),
    # 29. Packshot: grey melange joggers flat on white, elastic waistband and ribbed cuffs. No person.
    # caption, description: cap-e3; garment_type, color: vqa; details: base.
    case(
        "MYN-54-0029",
        caption(
            "The gentleman wears a long trousers with pure color patterns. The trousers are with cotton fabric. The "
            "gentleman wears a long trousers with pure color patterns. The trousers are with cotton fabric. The "
            "gentleman wears a long trousers with",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shorts", "contradiction"),
        D.color("grey"),
        D.description(
            "The gentleman wears a long trousers with pure color patterns. The trousers are with cotton fabric. The "
            "gentleman wears a long trousers with pure",
            "loop",
            hit_limit=True,
        ),
        D.details("elastic waistband and cuffs"),
        gender="Men",
        category="Track Pants",
        color="Grey Melange",
        title="Men Grey Melange Solid Joggers",
    ),
    # 30. Woman in a zipped black-and-white colourblocked track jacket (no hood, silver-tone zipper) and black
    # tights, white background. caption, wearing, colors, details: base; describe: cap-e1 (cut); is_a: vqa.
    case(
        "MYN-54-0030",
        caption("a woman wearing a black and white jacket and black leggings"),
        wearing("a black and white jacket and black leggings", who="she"),
        color_of("jacket", "black and white", kind="open"),
        color_of("leggings", "the color of the leggings", "restated", kind="open"),
        describe(
            "jacket",
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric and it "
            "has a stand neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "there are two pockets on the front of the jacket and the zipper is gold", "unsupported"),
        is_a("hoodie", "yes", "contradiction"),
        gender="Women",
        category="Jackets",
        color="Black",
        title="Women Black & White Colourblocked Track Jacket",
    ),
    # 31. Man in a plain red round-neck sports tee (red ribbed neck, no stripes), black track pants and a black
    # cap, white background. caption, wearing, closed questions, description, details: base; material: vqa.
    case(
        "MYN-54-0031",
        caption("a man wearing a red shirt and a black hat"),
        D.wearing("a red shirt, black pants and a black cap"),
        D.garment_type("cap", "contradiction"),
        D.color("red"),
        D.description("a red t-shirt with a round neck"),
        D.details("the shirt has a black collar and black stripes on the sleeves", "unsupported"),
        D.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender="Men",
        category="Tshirts",
        color="Red",
        title="Men Red Solid Round Neck Sports T-shirt",
    ),
    # 32. Woman in a grey melange low-support sports bra and black shorts, sitting on a white box, white
    # background; no pads or inserts visible. caption, wearing, closed questions, details: base; description:
    # cap-e3 (cut).
    case(
        "MYN-54-0032",
        caption("a woman in a grey sports bra and black shorts sitting on a white box"),
        D.wearing("a black sports bra and black shorts", "other_garment_color"),
        D.color("grey"),
        D.garment_type("bra"),
        D.description(
            "The upper clothing has no sleeves. It is with cotton fabric and pure color patterns. The neckline of it "
            "is crew. The lady wears a short",
            "cut",
            hit_limit=True,
        ),
        D.details("the sports bra has a racerback and removable pads", "unsupported"),
        D.sleeve_length("sleeveless"),
        gender="Women",
        category="Sports Bra",
        color="Grey Melange",
        title="Women Grey Melange Solid Low Support Sports Bra",
    ),
    # 33. Packshot: black tracksuit, jacket and pants laid flat side by side on white, red taping down the sleeves
    # and legs. No person. caption, closed questions, wearing, details: base; description: vqa (loop).
    case(
        "MYN-54-0033",
        caption("a black jacket and pants with red stripes"),
        D.garment_type("tracksuit"),
        D.color("unknown", "non_answer"),
        D.wearing("a man is wearing a black jacket and black pants", "unsupported"),
        D.description(
            "The tracksuit is black and red and black and red and black and red and black and red and black and red "
            "and black and red",
            "loop",
            hit_limit=True,
        ),
        D.details("red stripes on the sleeves and legs"),
        gender="Men",
        category="Tracksuits",
        color="Black",
        title="Men Black Solid Tracksuit with Contrast Taping",
    ),
    # 34. Woman in a mint green polo and white shorts, white background. caption, color, description,
    # garment_type: base; wearing, details: cap-e1 (template, cut).
    case(
        "MYN-54-0034",
        caption("a man in a light green polo shirt and white shorts", "pronoun"),
        D.color("green"),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.description("a white polo shirt", "other_garment_color"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        gender="Women",
        category="Tshirts",
        color="Green",
        title="Women Mint Green Solid Polo Collar T-shirt",
    ),
    # 35. Man in a navy and neon yellow colourblocked half-zip windcheater and navy shorts, white background. The
    # listing has gender and article type only. caption, wearing, pattern, description, material: base;
    # color, details: vqa.
    case(
        "MYN-54-0035",
        caption("a man wearing a blue and yellow jacket"),
        D.wearing("a blue and yellow jacket and blue shorts"),
        D.color("navy blue Question: What is the color of the shorts? Answer: navy blue", "leak"),
        D.pattern("color block"),
        D.details(
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        D.description("a blue and yellow windbreaker with a half zip"),
        D.material("the material of the garment is the material", "restated"),
        gender="Men",
        category="Jackets",
    ),
    # 36. Woman in olive cargo joggers with flap pockets, elastic waist with drawcord and elastic cuffs, a black
    # crop top and white sneakers, white background. caption, wearing, garment_type, details, description: base;
    # color: vqa.
    case(
        "MYN-54-0036",
        caption("a woman in a black crop top and green cargo pants"),
        D.wearing("a black top, green pants and white sneakers"),
        D.garment_type("pants"),
        D.color("black", "contradiction"),
        D.details(
            "cargo pockets on the sides, cargo pockets on the sides, cargo pockets on the sides, cargo pockets on the "
            "sides, cargo",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "green cargo pants with flap pockets on the side, an elastic waistband with a drawstring and elastic cuffs "
            "at the ankles, worn with a black crop top and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Track Pants",
        color="Olive",
        title="Women Olive Green Solid Cargo Joggers",
    ),
    # 37. Man with shoulder-length hair in a grey melange raglan tee with black sleeves and black shorts (white
    # drawcord, white logo on the left leg), white background. caption, wearing, closed questions, material: base;
    # description: cap-e3 (cut).
    case(
        "MYN-54-0037",
        caption("a woman wearing a grey and black t-shirt", "pronoun"),
        D.wearing(
            "a grey t-shirt with black raglan sleeves and a pair of black shorts with a white drawstring and a white "
            "logo on the left leg and a pair of black",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.sleeve_length("long", "contradiction"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("100% organic cotton", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Grey Melange",
        title="Men Grey Melange Raglan Sleeves Training T-shirt",
    ),
    # 38. Woman in a black cropped training tee with a mesh back panel (seen from a three-quarter back angle) and
    # black tights, all black, white background. caption, wearing, colors, details: base; describe: vqa.
    case(
        "MYN-54-0038",
        caption("a woman in a black crop top and black leggings"),
        wearing("a black crop top and black leggings", who="she"),
        color_of("shirt", "black", kind="open"),
        color_of("leggings", "black", kind="open"),
        describe(
            "shirt",
            "black Question: Describe the shirt. Answer: black Question: Describe the shirt. Answer: black Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "mesh on the back"),
        gender="Women",
        category="Tshirts",
        color="Black",
        title="Women Black Solid Cropped Training T-shirt",
    ),
    # 39. Man in navy basketball shorts with white side panels and a white sleeveless jersey, white background.
    # caption, wearing, colors, details: base; is_a: vqa; describe: cap-e3 (cut).
    case(
        "MYN-54-0039",
        caption("a man in a white tank top and blue shorts"),
        wearing("a white tank top and blue shorts", who="he"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "they are short", "non_answer"),
        is_a("shorts", "yes", article="a pair of"),
        describe(
            "shorts",
            "The gentleman wears a short shorts with pure color patterns. The shorts are with cotton fabric. The "
            "gentleman wears a sleeveless tank top with",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Navy Blue",
        title="Men Navy Blue Solid Basketball Shorts",
    ),
    # 40. Woman in charcoal capri tights (three-quarter length) and a pink sports bra, white background.
    # caption, wearing, closed questions, description, details (stopped early): base; material: vqa.
    case(
        "MYN-54-0040",
        caption("a woman in a pink sports bra and grey capri leggings"),
        D.wearing("a pink sports bra and grey leggings"),
        D.color("charcoal"),
        D.garment_type("it's hard to tell", "non_answer"),
        D.description("pink leggings", "other_garment_color"),
        D.details("the leggings are three quarter length with a wide waistband and a", "cut"),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: solid Question: What is the color of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Tights",
        color="Charcoal",
        title="Women Charcoal Grey Solid Capri Training Tights",
    ),
    # 41. Man in a plain maroon sports polo (small embroidered brand mark of the seller's own, not Nike) and grey
    # joggers, white background. caption, wearing, garment_type, details: base; description, color: cap-e3.
    case(
        "MYN-54-0041",
        caption("a man wearing a maroon polo shirt and grey pants"),
        D.wearing("a grey polo shirt and grey sweatpants", "other_garment_color"),
        D.garment_type("polo shirt"),
        D.description(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman",
            "non_answer",
            hit_limit=True,
        ),
        D.details("nike logo on the chest", "unsupported"),
        gender="Men",
        category="Tshirts",
        color="Maroon",
        title="Men Maroon Solid Polo Collar Sports T-shirt",
    ),
    # 42. Woman in a colourblocked tracksuit: pink zip jacket with a stand collar (no hood), grey melange pants
    # with drawcord, white background. caption, wearing, closed questions, details, material (stopped early):
    # base; description: vqa (loop).
    case(
        "MYN-54-0042",
        caption("a woman in a pink jacket and grey pants"),
        D.wearing("a pink jacket and grey sweatpants"),
        D.color("pink"),
        D.garment_type("jacket", "contradiction"),
        D.description(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        D.details("the jacket has a hood and thumbholes", "unsupported"),
        D.material("it's made of", "cut"),
        gender="Women",
        category="Tracksuits",
        color="Pink",
        title="Women Pink & Grey Melange Colourblocked Tracksuit",
    ),
    # 43. Ghost-mannequin front shot: fluorescent green (neon yellow-green) running tee on white, reflective logo
    # on the chest; the back is not shown. No person. caption, closed questions, wearing, description: base;
    # details: vqa (loop).
    case(
        "MYN-54-0043",
        caption("a neon yellow t-shirt on a white background"),
        D.color("yellow"),
        D.wearing("a yellow shirt"),
        D.pattern("the pattern of the t-shirt", "restated"),
        D.description("a yellow t-shirt with reflective strips on the back", "unsupported"),
        D.details(
            "The shirt is yellow The shirt is yellow The shirt is yellow The shirt is yellow The shirt is yellow The "
            "shirt is yellow",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Fluorescent Green",
        title="Men Fluorescent Green Solid Running T-shirt",
    ),
    # 44. Woman in black running shorts with a side split and a white tank, white background. The listing gives
    # the gender only. caption, wearing (both prompts), closed questions, description, material: base; details:
    # cap-e3 (cut).
    case(
        "MYN-54-0044",
        caption("a woman in a white tank top and black shorts"),
        D.wearing("a white tank top and black shorts"),
        wearing("he is wearing a white tank top and black shorts", "pronoun", who="he"),
        D.garment_type("shorts"),
        D.color("black"),
        D.description("white running shorts with a side slit", "other_garment_color"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The lady wears a tank top with pure color "
            "patterns. The tank top is with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of material", "restated"),
        gender="Women",
    ),
]
