"""BLIND_97 (44 products; the experiments re-run on a Myntra-style catalog shot without models): written blind in
the nineteenth session. Measured blind at 215bd09: 125/144 failures found (86.8%) and 10/145 correct texts flagged
(6.9%). The writer's notes, verbatim:

Blind corpus 97: BLIP-2 OPT-2.7b re-run on a Myntra-style catalog without models.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters are re-run on a Myntra-style
    catalog shot without models: flat lays, folded packshots, garments on hangers and on ghost mannequins, across
    men's, women's and kids' clothing, western and ethnic (kurtas, kurta sets, sarees, lehenga, Nehru jacket,
    dupatta). Each product is asked enrich's default questionnaire (DEFAULT_QUESTIONS: wearing, garment_type, color,
    pattern, sleeve_length, description, details, material; not every question on every product), sometimes with
    an extra color_of question for a second garment or a trim. Seller columns come from the marketplace: gender,
    category (article type), color (base colour) and title (the seller's own words); a few products lack one or
    more of them.

Which system wrote which text (named again in a comment on every text of every case)
    - base: the untuned Salesforce/blip2-opt-2.7b (short answers, stops on the newline; colors unreliable, one
      color repeated for every garment, the print's / the layer's color, pronoun guessed, details invented).
    - cap1: the caption adapter after epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch).
    - cap3: the caption adapter after epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption). Both caption adapters
      write the DeepFashion-MultiModal template ("The lady wears a long-sleeve shirt with pure color patterns...")
      whatever the prompt, with no hue names, and never stop (cut at 50 new tokens for captions, 30 for answers).
    - vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). No end-of-answer token was trained, so it loops
      ("black-black-black...") or runs on into the prompt format ("... Question: ... Answer: ...") to the limit.

How it was written
    Blind. The writer read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (Text/Case layout,
    the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS). No audit code, no
    other corpus, no docs, no tests were opened; the only thing run was an import check of this file. Every
    photo is imagined and described in the comment above its case; each label is judged against that photo.

Label conventions and judgement calls
    - One label per text: where a text has two faults, the label is the one a reviewer would name first (a loop
      that also invents a bow is "loop"; a template that calls a saree a long-sleeve dress and is also cut at the
      limit is "contradiction"). hit_limit=True marks every text that ran to its token limit (30 new tokens for
      answers, 50 for captions) whatever its label.
    - "cut" = the text stops mid-phrase; the facts it gave before stopping are right.
    - The caption adapters' template voice ("The lady wears", "The gentleman wears") on a product shot with no
      person is not itself a failure when it agrees with the seller's gender; "lady" for a Girls product counts as
      agreeing. A he/she/lady/gentleman that contradicts the seller's gender (Men, Women, Boys, Girls) is
      "pronoun". Naming a person who isn't there is not "unsupported"; inventing an item or detail is
      (the template's "There is an accessory on her wrist", "There is a hat in his head", pants for a top alone,
      a pocket square, a chest pocket the shirt lacks, a detail on the unseen back).
    - The template's "shirt" for a kurta and "sweater" for a hoodie are the adapter's class names and count as
      right; its "dress" for a saree or lehenga does not.
    - Near colors count as right: navy/blue, off-white/cream/white, olive/green, mustard/yellow, lavender/purple,
      grey melange/grey/gray, khaki for beige, burgundy/dark red for maroon, teal for teal blue, magenta/pink.
      For a two-color garment (striped, checked, tie-dye) either of its colors is right, even where the seller's
      base colour is the other one.
    - The color of the print or border on a one-color ground ("black" for a white top with black dots) and the
      color of the background ("brown" from a wooden floor) are "contradiction". The color of another garment in
      the shot (the palazzos of a kurta set, the tee under a jacket, the choli of a lehenga, the pyjama of a night
      suit, the shorts colored like the tee) is "other_garment_color".
    - Captions that name the background, the hanger or the mannequin, and captions that name a layer shown with
      the product, are right when true. A Nehru jacket answered "vest", a dupatta captioned "scarf", an innerwear
      vest answered "tank top" count as right.
    - A material guess that fits the look of the photo (cotton for a tee, polyester or chiffon for a georgette top,
      leather for a faux-leather jacket, wool for a knit) is right; a claim the photo cannot show (an elastic
      inside the waistband) is "unsupported".
    - "non_answer" = nothing, "no"/"yes" to an open question, "nothing", or the caption template returned for a
      color or pattern question with no color/pattern answer in it; "they are short" style answers that only give
      the question's object back. "restated" = the question turned into the answer ("the details of the garment
      are the details of the garment") or a dictionary definition of the garment type instead of this garment.
    - "leak" = the answer runs on into "Question: ... Answer: ..." (or starts by echoing "Question:").
    - A loop is labelled "loop" even where its first words are right.
    - Closed answers are the reference engine's candidate labels ("t-shirt", "navy", "solid", "three-quarter");
      where the model's text mapped to no candidate it is kept raw (a vqa loop, a caption template, a leak) and
      labelled like an open answer.
    - The base model sometimes stops on its newline mid-phrase ("zippers on the sleeves and"): "cut" with
      hit_limit=False.
    - "nothing", "none", "unknown", "i don't know", "no", "yes" and an empty string to an open question are
      "non_answer"; "they are jeans" / "they are short" / "the shirt" for the details are "non_answer";
      "the details of the shirt are the details of the shirt", "the material of the shorts", "a description of
      the garment", "the garment is a garment that is worn on the upper body" are "restated".
    - A garment type the seller's article type and the caption both contradict ("dress" for an anarkali kurta,
      "shorts" for a denim skirt, "jeans" for knit track pants, "skirt" for palazzos) is "contradiction"; so is a
      sleeve length or pattern the photo contradicts (a ruffled sleeveless top answered "short", a plain saree
      body with a border answered "striped", a woven-motif saree answered "solid").
    - A caption-template answer that describes the layer under the product (the long-sleeve kurta under a
      sleeveless Nehru jacket) is "contradiction".
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of

BLIND_97: list[Case] = [
    # 1. Flat lay, white background: men's dark navy round-neck tee, plain, short sleeves.
    case(
        "MYN97-M-TS-0101",
        caption("a navy blue t - shirt laid out on a white background"),  # base
        D.wearing("a blue t - shirt"),  # base
        D.garment_type("t-shirt"),  # base
        D.color("black", "contradiction"),  # base: dark navy taken for black; caption and seller say navy
        D.description(  # vqa
            "navy blue t-shirt with a round neck and short sleeves and a round neck and short sleeves and a round neck",
            "loop",
            hit_limit=True,
        ),
        D.details(  # vqa
            "round neck. Question: What is the color of the t-shirt? Answer: navy blue Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        D.material("cotton"),  # base
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
    ),
    # 2. On a wooden hanger against a beige wall: women's mustard A-line dress with small white flowers, sleeveless,
    # V-neck, light georgette. Nothing on the hanger but the dress.
    case(
        "MYN97-W-DR-0102",
        caption(  # cap3: the template's accessory is invented
            "The lady wears a sleeveless dress with floral patterns. It is with chiffon fabric and has a v-shape "
            "neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        D.wearing("a yellow dress with white flowers"),  # base
        D.color("yellow"),  # base: mustard
        D.pattern("floral"),  # base
        D.sleeve_length(  # vqa
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless",
            "loop",
            hit_limit=True,
        ),
        D.details(  # cap3
            "The lady wears a sleeveless dress with floral patterns. It is with chiffon fabric and has a v-shape "
            "neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Mustard",
        title="SASSAFRAS Women Mustard Yellow & White Floral Print A-Line Dress",
    ),
    # 3. Folded packshot on grey: men's white formal shirt with thin blue vertical stripes, long sleeves (a buttoned
    # cuff shows at the fold), no chest pocket.
    case(
        "MYN97-M-SH-0103",
        caption("a white and blue striped shirt folded on a grey background"),  # base: background named
        D.wearing(  # vqa
            "a shirt. Question: What is the color of the shirt? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.color("white"),  # base
        D.pattern("striped"),  # base
        D.sleeve_length("short", "contradiction"),  # base: the sleeves are folded behind, the cuff shows they are long
        D.description("a white shirt with blue stripes and a pocket on the chest", "unsupported"),  # base
        gender="Men",
        category="Shirts",
        color="White",
        title="Mast & Harbour Men White & Blue Regular Fit Striped Formal Shirt",
    ),
    # 4. Flat lay: women's navy straight kurta with a white floral print, three-quarter sleeves; white palazzos and
    # a plain white dupatta laid beside it.
    case(
        "MYN97-W-KS-0104",
        caption("a blue and white kurta set with a white dupatta"),  # base
        D.wearing("a blue kurta and white pants"),  # base
        D.garment_type("kurta"),  # base
        D.color("white", "other_garment_color"),  # base: the palazzos' and dupatta's color
        color_of("dupatta", "blue", "other_garment_color"),  # base: the kurta's color given to the white dupatta
        D.details(  # cap1: the adapter's "shirt" for the kurta; medium-sleeve is right
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),  # base
        gender="Women",
        category="Kurta Sets",
        color="Navy Blue",
        title="Libas Women Navy Blue & White Printed Kurta with Palazzos & Dupatta",
    ),
    # 5. Flat lay: boys' red tee with a green dinosaur graphic, short sleeves, navy shorts laid below it.
    case(
        "MYN97-B-CS-0105",
        caption(  # cap3: "lady" for a boys' set
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The shorts this lady wears is of three-point length.",
            "pronoun",
        ),
        D.wearing("a red t - shirt with a dinosaur on it and blue shorts"),  # base
        D.color("red"),  # base
        D.pattern(  # vqa
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "red", "other_garment_color"),  # base: the tee's red repeated for the navy shorts
        D.details("no", "non_answer"),  # base
        D.material("cotton"),  # base
        gender="Boys",
        category="Clothing Set",
        color="Red",
        title="Babyhug Boys Red & Navy Blue Printed T-shirt with Shorts",
    ),
    # 6. Folded packshot showing waistband and back pocket: women's black skinny jeans, clean look; nothing else.
    case(
        "MYN97-W-JN-0106",
        caption("a pair of black jeans folded on a white background"),  # base
        D.wearing("jeans"),  # base
        D.color(  # vqa, kept raw (unmapped)
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.description(  # cap3: invents an upper garment after the lower-clothing template
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The lady "
            "wears a short-sleeve",
            "unsupported",
            hit_limit=True,
        ),
        D.details("they are jeans", "non_answer"),  # base
        D.material("denim"),  # base
        gender="Women",
        category="Jeans",
        color="Black",
        title="Roadster Women Black Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 7. Ghost mannequin: men's olive hooded sweatshirt, kangaroo pocket, white drawstrings, long sleeves.
    case(
        "MYN97-M-SW-0107",
        caption("a green hoodie on a mannequin"),  # base
        D.wearing(  # cap3: the adapter's "sweater" for the hoodie
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric "
            "and it has a hooded neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),  # base: olive
        D.description(  # cap3
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric "
            "and it has a hooded neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details(  # vqa
            "a hood, a pocket, a hood, a pocket, a hood, a pocket, a hood, a pocket, a hood, a pocket, a",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),  # base
        gender="Men",
        category="Sweatshirts",
        color="Olive",
        title="HRX by Hrithik Roshan Men Olive Green Solid Hooded Sweatshirt",
    ),
    # 8. Folded packshot: women's maroon Banarasi silk-blend saree, gold zari border, small woven gold motifs all
    # over the body.
    case(
        "MYN97-W-SA-0108",
        caption("a maroon and gold saree"),  # base
        D.garment_type("saree"),  # base
        D.color("maroon"),  # base
        D.pattern("solid", "contradiction"),  # base: the body is covered in woven motifs (title: Woven Design)
        D.description(  # cap3: a long-sleeve dress for a saree
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.details("yes", "non_answer"),  # base
        D.material("silk"),  # base
        gender="Women",
        category="Sarees",
        color="Maroon",
        title="Mitera Maroon & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
    ),
    # 9. On a white plastic hanger, pale wall, front view only: girls' pink tulle party dress, sequinned bodice,
    # sleeveless, no bow anywhere in view.
    case(
        "MYN97-G-DR-0109",
        caption("a pink dress with sequins hanging on a white hanger"),  # base: hanger named
        D.wearing("a pink dress"),  # base
        D.color("pink"),  # base
        D.description(  # vqa
            "a pink dress with a pink bow and a pink bow and a pink bow and a pink bow and a pink bow and a",
            "loop",
            hit_limit=True,
        ),
        D.details("the dress has a bow on the back", "unsupported"),  # base: the back is not in the photo
        D.material("tulle"),  # base
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Hola Bonita Girls Pink Embellished Fit and Flare Party Dress",
    ),
    # 10. Flat lay: men's grey melange track pants, elastic waist with drawstring, plain.
    case(
        "MYN97-M-TP-0110",
        caption("The gentleman wears long pants. The pants are with cotton fabric and pure color patterns."),  # cap1
        D.wearing(  # cap1
            "The gentleman wears long pants. The pants are with cotton fabric and pure color patterns. The gentleman "
            "wears long pants. The pants are with",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans", "contradiction"),  # base: knit track pants are not jeans
        D.color("grey"),  # base
        D.details("the pants have an elastic waistband and a", "cut"),  # base: stopped early, before the limit
        D.material("cotton"),  # base
        gender="Men",
        category="Track Pants",
        color="Grey Melange",
        title="Proline Active Men Grey Melange Solid Slim Fit Track Pants",
    ),
    # 11. Flat lay: women's white cotton top with black polka dots, short puff sleeves.
    case(
        "MYN97-W-TP-0111",
        caption("a white top with black polka dots"),  # base
        D.wearing("a white shirt with black polka dots"),  # base
        D.color("black", "contradiction"),  # base: the dots' color, the ground is white
        D.pattern("polka dot"),  # base
        D.description(  # vqa
            "a white shirt with black polka dots. Question: What is the color of the shirt? Answer: white. Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("", "non_answer"),  # base
        D.material("cotton"),  # base
        gender="Women",
        category="Tops",
        color="White",
        title="Berrylush Women White & Black Polka Dot Print Puff Sleeve Top",
    ),
    # 12. Ghost mannequin: men's mid-blue washed denim jacket worn open over a white crew-neck tee (styling layer).
    case(
        "MYN97-M-JK-0112",
        caption("a blue denim jacket over a white t - shirt on a mannequin"),  # base: layer named
        D.wearing("a denim jacket and a white t - shirt"),  # base
        D.color("white", "other_garment_color"),  # base: the tee's color
        D.details(  # cap3
            "The gentleman wears a long-sleeve outer clothing with denim fabric and pure color patterns. The "
            "neckline of it is lapel. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.description(  # vqa
            "a white t-shirt and a white t-shirt and a white t-shirt and a white t-shirt and a white",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),  # base
        gender="Men",
        category="Jackets",
        color="Blue",
        title="Roadster Men Blue Washed Denim Jacket",
    ),
    # 13. Folded packshot: women's black leggings, plain. Seller gave no title.
    case(
        "MYN97-W-LG-0113",
        caption("a pair of black leggings"),  # base
        D.wearing(  # vqa
            "leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings leggings",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("leggings"),  # base
        D.color("navy", "contradiction"),  # base: black, as the caption and the seller say
        D.description("a description of the garment", "restated"),  # base
        D.details("", "non_answer"),  # base
        D.material("spandex"),  # base
        gender="Women",
        category="Leggings",
        color="Black",
    ),
    # 14. On a wooden hanger: men's off-white chikankari kurta, long sleeves, band collar, white pyjamas with a
    # drawstring hung beneath.
    case(
        "MYN97-M-KS-0114",
        caption("a white kurta and pajama set on a hanger"),  # base
        D.wearing("she is wearing a white kurta", "pronoun"),  # base
        D.garment_type("kurta"),  # base
        D.color("cream"),  # base: off-white
        D.description(  # cap1
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The lady",
            "pronoun",
            hit_limit=True,
        ),
        D.details(  # vqa
            "white embroidery on the front of the kurta and on the sleeves and a white pyjama with a drawstring at the",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),  # base
        gender="Men",
        category="Kurta Sets",
        color="Off White",
        title="Jompers Men Off-White Chikankari Embroidered Kurta with Pyjamas",
    ),
    # 15. Ghost mannequin: women's teal-blue anarkali kurta, gold foil print on yoke and hem, three-quarter
    # sleeves, knee length and flared.
    case(
        "MYN97-W-KU-0115",
        caption("a teal and gold anarkali kurta on a mannequin"),  # base
        D.wearing("a kurta is a long shirt worn in india", "restated"),  # base: a definition, not this garment
        D.garment_type("dress", "contradiction"),  # base: seller and caption say kurta
        D.color("teal"),  # base
        D.pattern(  # vqa
            "printed Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("three-quarter"),  # base
        D.details("gold print on the yoke and the hem"),  # base
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Anouk Women Teal Blue & Gold-Toned Printed Anarkali Kurta",
    ),
    # 16. Flat lay: girls' lavender knitted cardigan, round neck, pearl buttons down the front, long sleeves.
    case(
        "MYN97-G-SWT-0116",
        caption(  # cap3: "lady" for a girls' product agrees with the seller's gender
            "The lady wears a long-sleeve cardigan with pure color patterns. It is with knitted fabric and its "
            "neckline is round."
        ),
        D.wearing("a purple sweater"),  # base: lavender
        D.color(  # cap3: the template again, no color in it
            "The lady wears a long-sleeve cardigan with pure color patterns. It is with knitted fabric and its "
            "neckline is round. The lady wears",
            "non_answer",
            hit_limit=True,
        ),
        D.details("buttons down the front"),  # base
        D.description(  # vqa
            "a purple cardigan with a purple cardigan with a purple cardigan with a purple cardigan with a purple",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Sweaters",
        color="Lavender",
        title="Gini and Jony Girls Lavender Solid Cardigan",
    ),
    # 17. Folded packshot on white: men's beige slim chinos, plain, no belt, nothing else in the shot.
    case(
        "MYN97-M-TR-0117",
        caption("a pair of khaki pants folded on a white background"),  # base: khaki for beige
        D.wearing(  # vqa
            "pants, pants, pants, pants, pants, pants, pants, pants, pants, pants, pants, pants, pants, pants,",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("trousers"),  # base
        D.color("khaki"),  # base
        D.description("they are pants", "non_answer"),  # base
        D.details(  # cap3
            "The gentleman wears long trousers. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist.",
            "unsupported",
        ),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Highlander Men Beige Slim Fit Solid Chinos",
    ),
    # 18. On a metal hanger: women's red-and-white gingham shirt, long sleeves, button front, curved hem, no pocket.
    case(
        "MYN97-W-SH-0118",
        caption("a red and white checkered shirt on a hanger"),  # base
        D.wearing("a red plaid shirt"),  # base
        D.color("red"),  # base
        D.sleeve_length(  # vqa
            "long long long long long long long long long long long long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        D.description(  # vqa
            "a red and white checkered shirt with long sleeves and a collar and buttons down the front and a curved "
            "hem and",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the shirt are the details of the shirt", "restated"),  # base
        D.material(  # vqa
            "cotton Question: What is the color of the garment? Answer: red and white Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="Red",
        title="HERE&NOW Women Red & White Regular Fit Checked Casual Shirt",
    ),
    # 19. Ghost mannequin: men's black faux-leather biker jacket, silver zips on the front, cuffs and pockets,
    # no hat.
    case(
        "MYN97-M-JK-0119",
        caption(  # cap1: the hat is invented
            "The gentleman wears a long-sleeve outer clothing with leather fabric and pure color patterns. The "
            "neckline of it is lapel. There is a hat in his head.",
            "unsupported",
        ),
        D.wearing("she is wearing a black leather jacket", "pronoun"),  # base
        D.garment_type("jacket"),  # base
        D.color(  # cap1: the template, no color
            "The gentleman wears a long-sleeve outer clothing with leather fabric and pure color patterns. The "
            "neckline of it is lapel. The gentleman",
            "non_answer",
            hit_limit=True,
        ),
        D.details("zippers on the sleeves and", "cut"),  # base: stopped early
        D.description(  # vqa
            "a black jacket with a zipper and a zipper and a zipper and a zipper and a zipper and a zipper and",
            "loop",
            hit_limit=True,
        ),
        D.material("leather"),  # base: faux leather looks like leather
        gender="Men",
        category="Jackets",
        color="Black",
        title="Roadster Men Black Solid Biker Jacket",
    ),
    # 20. Flat lay: women's magenta lehenga skirt with gold embroidery, a mustard choli beside it, a pink net
    # dupatta.
    case(
        "MYN97-W-LC-0120",
        caption("a pink and gold lehenga with a yellow blouse"),  # base: magenta as pink, choli as blouse
        D.wearing("a yellow lehenga", "other_garment_color"),  # base: the choli's color given to the lehenga
        D.garment_type("lehenga"),  # base
        D.color("yellow", "other_garment_color"),  # base: the choli's color
        D.pattern("embroidered"),  # base
        D.description("a lehenga choli is a traditional indian dress worn by women in india", "restated"),  # base
        D.details(  # cap3: a sleeveless chiffon dress for a lehenga
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),  # base
        gender="Women",
        category="Lehenga Choli",
        color="Magenta",
        title="Mitera Magenta & Mustard Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 21. Folded packshot: men's white pique polo, navy tipping on collar and sleeve hems, short sleeves; nothing
    # else in the shot.
    case(
        "MYN97-M-PO-0121",
        caption(  # cap3, 50-token limit: invents denim pants
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears long pants. The pants are with denim fabric and "
            "pure color",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a white polo shirt"),  # base
        D.color("white"),  # base
        color_of("collar", "blue"),  # base: the navy tipping
        D.pattern(  # cap3: "pure color" is there, then cut
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.description("the garment is a polo shirt that is worn by the person wearing it", "restated"),  # base
        D.details(  # vqa
            "the collar, the buttons, the sleeves, the collar, the buttons, the sleeves, the collar, the buttons, the",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="White",
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt",
    ),
    # 22. On a hanger: women's olive jumpsuit, short sleeves, V-neck, self-tie belt, slant side pockets.
    case(
        "MYN97-W-JS-0122",
        caption("a green jumpsuit on a hanger with a belt"),  # base
        D.wearing("a green jumpsuit"),  # base
        D.garment_type(  # vqa, kept raw
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper",
            "loop",
            hit_limit=True,
        ),
        D.color("brown", "contradiction"),  # base: olive green, as the caption and seller say
        D.description(  # cap3
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric. It has "
            "a v-shape neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("a belt at the waist and two", "cut"),  # base: stopped early
        gender="Women",
        category="Jumpsuit",
        color="Olive",
        title="Mast & Harbour Women Olive Green Solid Basic Jumpsuit",
    ),
    # 23. Ghost mannequin: men's maroon Nehru jacket (sleeveless, band collar, gold buttons) over a cream long-
    # sleeve kurta.
    case(
        "MYN97-M-NJ-0123",
        caption("a maroon vest over a white shirt"),  # base: the Nehru jacket as a vest, the cream kurta as white
        D.wearing("a maroon vest and a white kurta"),  # base
        D.garment_type("vest"),  # base
        D.color("cream", "other_garment_color"),  # base: the kurta's color
        D.sleeve_length("sleeveless"),  # base
        D.details(  # vqa
            "buttons. Question: What is the color of the buttons? Answer: gold Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.description(  # cap1: describes the long-sleeve kurta under the sleeveless jacket
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman",
            "contradiction",
            hit_limit=True,
        ),
        gender="Men",
        category="Nehru Jackets",
        color="Maroon",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
    ),
    # 24. On a hanger: boys' plain yellow kurta with band collar and placket buttons, long sleeves, white churidar
    # hung beneath.
    case(
        "MYN97-B-KS-0124",
        caption(  # cap3: "lady" for a boys' set
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns.",
            "pronoun",
        ),
        D.wearing("a yellow kurta and white pants"),  # base
        D.garment_type("kurta"),  # base
        D.color("yellow"),  # base
        color_of("pants", "yellow", "other_garment_color"),  # base: the kurta's yellow for the white churidar
        D.details("the kurta has buttons on the neck"),  # base
        gender="Boys",
        category="Kurta Sets",
        color="Yellow",
        title="Vastramay Boys Yellow Kurta with Churidar",
    ),
    # 25. Flat lay on a light grey board: women's peach georgette top, sleeveless, ruffled neckline.
    case(
        "MYN97-W-TP-0125",
        caption("a peach top with ruffles on a grey background"),  # base: background named
        D.wearing("a peach top"),  # base
        D.color("peach"),  # base
        D.sleeve_length("short", "contradiction"),  # base: the ruffles read as sleeves; it is sleeveless
        D.description(  # vqa
            "a peach top with ruffles on the sleeves and ruffles on the sleeves and ruffles on the sleeves and ruffles",
            "loop",
            hit_limit=True,
        ),
        D.details("ruffles"),  # base
        gender="Women",
        category="Tops",
        color="Peach",
        title="SASSAFRAS Women Peach-Coloured Solid Ruffled Top",
    ),
    # 26. On a hanger: men's blue-and-green tartan flannel shirt, long sleeves, two plain chest pockets, no logo.
    case(
        "MYN97-M-SH-0126",
        caption(  # cap1: lattice is the template's word for checks
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel."
        ),
        D.wearing(  # cap1
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),  # base: one of its two colors (seller: Blue)
        D.pattern("plaid"),  # base
        color_of(  # vqa, open
            "shirt",
            "blue-green-blue-green-blue-green-blue-green-blue-green-blue-green-blue-green-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.description("a plaid shirt with two chest pockets and a logo on the pocket", "unsupported"),  # base
        D.details(  # vqa
            "Question: What are the details of the garment? Answer: Question: What are the details of the garment? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Blue",
        title="Roadster Men Blue & Green Regular Fit Checked Casual Shirt",
    ),
    # 27. Flat lay: women's mid-blue denim A-line mini skirt, buttons down the front.
    case(
        "MYN97-W-SK-0127",
        caption("a blue denim skirt with buttons down the front"),  # base
        D.garment_type("shorts", "contradiction"),  # base
        D.color("blue"),  # base
        D.details("The lower clothing is of short length. The fabric is denim and it has pure color patterns."),  # cap3
        D.description(  # vqa
            "skirt. Question: Is this a skirt? Answer: yes. Question: Is this a skirt? Answer: yes. Question: Is",
            "leak",
            hit_limit=True,
        ),
        D.material("denim"),  # base
        gender="Women",
        category="Skirts",
        color="Blue",
        title="DressBerry Women Blue Solid Denim A-Line Mini Skirt",
    ),
    # 28. Ghost mannequin: men's navy single-breasted blazer, two buttons, over a white shirt; no tie, no pocket
    # square.
    case(
        "MYN97-M-BL-0128",
        caption("a navy blue blazer with a white shirt on a mannequin"),  # base
        D.wearing("a blue blazer and a white shirt"),  # base
        D.color("white", "other_garment_color"),  # base: the shirt's color
        color_of("blazer", "navy"),  # base
        color_of("shirt", "navy", "other_garment_color"),  # base: the blazer's navy for the white shirt
        D.description(  # cap3
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The neckline of it is lapel. "
            "The gentleman wears a long-sleeve shirt with",
            "cut",
            hit_limit=True,
        ),
        D.details("two buttons and a pocket square", "unsupported"),  # base
        D.material(  # vqa
            "wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool wool",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Blazers",
        color="Navy Blue",
        title="Louis Philippe Men Navy Blue Solid Slim Fit Single-Breasted Formal Blazer",
    ),
    # 29. Flat lay: women's black-and-white Breton striped tee, long sleeves laid out straight.
    case(
        "MYN97-W-TS-0129",
        caption("a black and white striped t - shirt"),  # base
        D.wearing(  # vqa
            "a black and white striped shirt Question: What is the color of the shirt? Answer: black and white "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        D.color("white"),  # base: one of its two colors (seller: Black)
        D.pattern("striped"),  # base
        D.sleeve_length("short", "contradiction"),  # base: the sleeves run to the wrists
        D.description("he is wearing a black and white striped shirt", "pronoun"),  # base
        gender="Women",
        category="Tshirts",
        color="Black",
        title="Roadster Women Black & White Striped Round Neck T-shirt",
    ),
    # 30. Flat lay: boys' grey melange sweatshirt with a cartoon print on the chest, long sleeves. No title.
    case(
        "MYN97-B-SW-0130",
        caption("a grey sweatshirt with a cartoon on it"),  # base
        D.wearing("a gray sweatshirt with a", "cut"),  # base: stopped early
        D.color("grey"),  # base
        D.pattern("graphic"),  # base
        D.details("a picture of a cartoon character on the front"),  # base
        D.description(  # cap3: "lady" for a boys' sweatshirt
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears",
            "pronoun",
            hit_limit=True,
        ),
        D.material(  # vqa
            "cotton. Question: What is the color of the sweater? Answer: grey. Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 31. Folded packshot: women's mustard flared palazzos, plain; nothing else in the shot.
    case(
        "MYN97-W-PZ-0131",
        caption("a pair of yellow pants"),  # base
        D.wearing("nothing", "non_answer"),  # base
        D.garment_type("skirt", "contradiction"),  # base: wide flared legs read as a skirt; they are palazzos
        D.color("mustard"),  # base
        D.details("the details of the pants", "restated"),  # base
        D.description(  # cap3: the accessory is invented
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        D.material(  # vqa
            "cotton Question: What is the pattern of the garment? Answer: solid Question: What is the pattern of the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="Mustard",
        title="Libas Women Mustard Yellow Solid Flared Palazzos",
    ),
    # 32. Folded packshot: men's white ribbed innerwear vest, sleeveless, scoop neck.
    case(
        "MYN97-M-IV-0132",
        caption("a white tank top"),  # base
        D.garment_type("t-shirt", "contradiction"),  # base: a sleeveless vest, caption says tank top
        D.color("white"),  # base
        D.sleeve_length("sleeveless"),  # base
        D.description(  # vqa
            "a white tank top. Question: Is this a tank top? Answer: yes Question: Is this a tank top? Answer",
            "leak",
            hit_limit=True,
        ),
        D.details(  # cap1
            "His tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. "
            "The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Innerwear Vests",
        color="White",
        title="Jockey Men White Solid Innerwear Vest",
    ),
    # 33. Flat lay on a wooden floor: women's cream cable-knit pullover, long sleeves, round neck.
    case(
        "MYN97-W-SWT-0133",
        caption("a white sweater on a wooden floor"),  # base: background named, cream as white
        D.wearing(  # cap3
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("sweater"),  # base
        D.color("brown", "contradiction"),  # base: the floor's color
        D.description("the sweater is a sweater that is worn in winter", "restated"),  # base
        D.details(  # cap3
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material("wool"),  # base
        gender="Women",
        category="Sweaters",
        color="Cream",
        title="Marks & Spencer Women Cream-Coloured Cable Knit Pullover",
    ),
    # 34. Flat lay: men's khaki cargo shorts, flap pockets on the sides.
    case(
        "MYN97-M-SHO-0134",
        caption("a pair of khaki shorts with pockets"),  # base
        D.wearing("she is wearing shorts", "pronoun"),  # base
        D.color("khaki"),  # base
        D.details("they are short", "non_answer"),  # base
        D.description(  # vqa
            "khaki shorts with pockets on the side and pockets on the side and pockets on the side and pockets on",
            "loop",
            hit_limit=True,
        ),
        D.material("the material of the shorts", "restated"),  # base
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="Roadster Men Khaki Solid Cargo Shorts",
    ),
    # 35. Folded flat lay: women's green chiffon dupatta with mirror work and tassels. No title.
    case(
        "MYN97-W-DU-0135",
        caption("a green scarf with tassels"),  # base: dupatta as scarf
        D.wearing("a scarf"),  # base
        D.color("green"),  # base
        D.description("", "non_answer"),  # base
        D.details(  # vqa
            "mirror work and tassels and mirror work and tassels and mirror work and tassels and mirror work and",
            "loop",
            hit_limit=True,
        ),
        D.material("chiffon"),  # base
        gender="Women",
        category="Dupatta",
        color="Green",
    ),
    # 36. Flat lay: girls' pink-and-blue tie-dye tee, short sleeves, round neck.
    case(
        "MYN97-G-TS-0136",
        caption("a tie dye t - shirt in pink and blue"),  # base
        D.wearing("he is wearing a tie dye shirt", "pronoun"),  # base
        D.color("pink"),  # base: one of its colors (seller: Multi)
        D.pattern("tie-dye"),  # base
        D.description(  # cap1
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.details("the shirt is pink and blue and has a round neck"),  # base
        gender="Girls",
        category="Tshirts",
        color="Multi",
        title="YK Girls Pink & Blue Tie-Dye Round Neck T-shirt",
    ),
    # 37. Flat lay: men's plain blue cotton straight kurta, mandarin collar, long sleeves.
    case(
        "MYN97-M-KU-0137",
        caption("a blue kurta with a mandarin collar"),  # base
        D.wearing(  # vqa
            "a blue shirt Question: What is the color of the shirt? Answer: blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),  # base: seller and caption say kurta
        D.color("blue"),  # base
        D.description("she is wearing a blue kurta", "pronoun"),  # base
        D.details("unknown", "non_answer"),  # base
        D.material("cotton"),  # base
        gender="Men",
        category="Kurtas",
        color="Blue",
        title="Fabindia Men Blue Solid Straight Cotton Kurta",
    ),
    # 38. Flat lay: women's night suit, pink short-sleeve top with a small navy print, navy pyjama bottoms.
    case(
        "MYN97-W-NS-0138",
        caption(  # cap3, 50-token limit
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "graphic patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),  # base
        D.color("navy", "other_garment_color"),  # base: the pyjama's color (seller: Pink)
        color_of("pants", "pink", "other_garment_color"),  # base: the top's pink for the navy pyjama
        D.pattern("printed"),  # base
        D.material("cotton"),  # base
        gender="Women",
        category="Night suits",
        color="Pink",
        title="Sweet Dreams Women Pink & Navy Printed Night Suit",
    ),
    # 39. On a hanger: men's maroon crew-neck pullover, ribbed cuffs and hem, long sleeves. Seller gave no colour.
    case(
        "MYN97-M-SWT-0139",
        caption("a burgundy sweater on a hanger"),  # base: burgundy for maroon
        D.wearing("a dark red sweater"),  # base
        D.color(  # vqa, kept raw
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long"),  # base
        D.description("the garment is a garment that is worn on the upper body", "restated"),  # base
        D.details("ribbed cuffs and hem"),  # base
        gender="Men",
        category="Sweaters",
        title="Roadster Men Maroon Solid Pullover",
    ),
    # 40. Flat lay: women's lavender co-ord, short-sleeve button-front top and matching lavender trousers; no belt.
    case(
        "MYN97-W-CO-0140",
        caption("a purple top and pants set"),  # base
        D.wearing("a purple top and purple pants with a white belt", "unsupported"),  # base
        D.color("lavender"),  # base
        color_of("pants", "purple"),  # base: both pieces really are the same color
        D.sleeve_length("short"),  # base
        D.description(  # cap3
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this lady",
            "cut",
            hit_limit=True,
        ),
        D.details(  # vqa
            "the buttons, the pockets, the buttons, the pockets, the buttons, the pockets, the buttons, the pockets, "
            "the",
            "loop",
            hit_limit=True,
        ),
        D.material("none", "non_answer"),  # base
        gender="Women",
        category="Co-Ords",
        color="Lavender",
        title="Athena Women Lavender Solid Top with Trousers",
    ),
    # 41. Folded packshot: boys' mid-blue regular jeans; the front shows the button, fly, front pockets and coin
    # pocket; the inside of the waistband is not shown.
    case(
        "MYN97-B-JN-0141",
        caption("a pair of blue jeans"),  # base
        D.wearing("she is wearing blue jeans", "pronoun"),  # base
        D.color(  # vqa
            "blue Question: What is the pattern of the garment? Answer: solid Question: What is the pattern of",
            "leak",
            hit_limit=True,
        ),
        D.description(  # vqa
            "blue jeans with five pockets and a button and a zipper and belt loops and a coin pocket on the right",
            "cut",
            hit_limit=True,
        ),
        D.details("five pockets and an adjustable waist", "unsupported"),  # base: the inside is not shown
        D.material("denim"),  # base
        gender="Boys",
        category="Jeans",
        color="Blue",
        title="Mothercare Boys Blue Regular Fit Jeans",
    ),
    # 42. On a wooden hanger: women's white chikankari kurta, white-on-white embroidery, three-quarter sleeves,
    # nothing else on the hanger. Seller gave no title.
    case(
        "MYN97-W-KU-0142",
        caption(  # cap3: invents pants
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears long pants. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        D.wearing("a white kurta"),  # base
        D.color("white"),  # base
        D.pattern("embroidered"),  # base
        D.description("a white kurta with white embroidery on the", "cut"),  # base: stopped early
        D.details(  # vqa
            "embroidery on the neck and embroidery on the sleeves and embroidery on the neck and embroidery on the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="White",
    ),
    # 43. On a hanger: men's yellow resort shirt with a green palm-leaf print, short sleeves, one chest pocket.
    case(
        "MYN97-M-SH-0143",
        caption("a yellow shirt with palm leaves on it"),  # base
        D.wearing(  # cap3
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),  # base
        D.pattern("floral"),  # base: palm leaves, the nearest candidate
        D.sleeve_length(  # vqa
            "short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short-sleeve short",
            "loop",
            hit_limit=True,
        ),
        D.description("a yellow shirt with green leaves and a", "cut"),  # base: stopped early
        D.details("the shirt", "non_answer"),  # base
        D.material("cotton"),  # base
        gender="Men",
        category="Shirts",
        color="Yellow",
        title="Mast & Harbour Men Yellow & Green Tropical Printed Casual Shirt",
    ),
    # 44. Folded packshot: women's off-white handloom cotton saree with a red woven border; the pallu is folded
    # inside and not shown; the body is plain.
    case(
        "MYN97-W-SA-0144",
        caption("a white saree with a red border"),  # base
        D.wearing("a white sari"),  # base
        D.color("white"),  # base: off-white
        D.pattern("striped", "contradiction"),  # base: the border read as stripes; the body is plain (title: Solid)
        D.description(  # cap1: a long-sleeve dress for a saree
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady",
            "contradiction",
            hit_limit=True,
        ),
        D.details("the saree has a red border and tassels on the pallu", "unsupported"),  # base: pallu not shown
        D.material("cotton"),  # base
        gender="Women",
        category="Sarees",
        color="Off White",
        title="Mitera Off-White & Red Solid Saree with Border",
    ),
]
