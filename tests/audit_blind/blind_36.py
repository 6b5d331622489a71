"""BLIND_36 (44 products; a high-street fashion store, women and men, on the original questionnaire): written blind in
the fifteenth session.
Measured blind at 67683bc: 135/158 and 22/155. Its writer asked two details questions of one product (0988836004), so a
finding about one marks the other too. The writer's notes, verbatim:


Scenario. An H&M / Zara-like high-street store (departments Women, Men and Divided, its teen line) runs enrich with the
original experiments' questionnaire and nothing else: "What is she wearing?" / "What is he wearing?" (open, the pronoun
chosen by the department of the photo folder), "What is the color of the shirt / jeans / pants / shorts?" (color_of),
"What is the shirt color?" (open), "Describe the shirt." (open) and "What are the shirt / jeans / pants / shorts
details?" (open). The job asks every question of every item, so a dress gets "Describe the shirt." and a shirt gets
"What are the shorts details?". Each Case keeps the caption and a selection of four to seven of the product's answers.
Products: shirts, blouses, t-shirts, jeans, chinos and trousers, shorts, dresses, knitwear, jackets. Photos: on-model
studio shots on light grey, and a few street shots. Catalog columns are the store's own: gender (Women / Men /
Divided), category (the store's department names), color (the store's color names, "Dark denim blue", "Grey marl",
"Black/Floral") and title. Three products have no catalog row at all (no gender, no columns).

Which system wrote which text (stated again above each Case):
- Studio batch: captions by the caption adapter, epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption; a few by the
  epoch-1 adapter, ..._Caption_First_Epoch), in the DeepFashion-MultiModal template ("The lady wears a long-sleeve
  shirt with pure color patterns...", no hue names). "What is she/he wearing?" by the VQA adapter
  (leoreigoto/Data3_V3_BLIP2_VQA), whose answers are In-shop class names ("blouse", "denim", "tee"), or by the untuned
  base. color_of stored closed: the VQA adapter's answer mapped onto the store's candidate colors by the reference
  engine (the raw text is kept when it maps to nothing). "What is the shirt color?" by the untuned base
  (Salesforce/blip2-opt-2.7b), generated. Describe / details by the caption adapter, epoch 3 (the experiments found it
  gave the richer details).
- Street-shot batch: captions, "wearing" and color_of (stored open, generated) by the untuned base; describe / details
  by the caption adapter, epoch 3.
- First-week batch (three products): every question answered by the caption adapter, epoch 3, before the job routed
  questions per adapter, so most answers are the caption template back.
Generation as in the experiments: `Question: <q> Answer:` prompts, greedy, 30 new tokens for answers, 50 for
captions, stopping on newline or eos. The adapters were trained with unmasked labels and no terminator, so their
texts often run to the limit: hit_limit=True marks exactly the texts that ran to 30 (answers) or 50 (captions) new
tokens, by my count of OPT's BPE tokens.

How it was written: blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the helpers,
TARGETS and MAP_REPORTS). I did not read the audits, the enrich code, the queries, the docs or any other corpus, and
ran nothing but an import check of this file.

Label conventions and judgement calls (each text carries at most one label, judged against the photo described in
the comment above its Case and against the catalog columns):
- loop: a phrase repeated two or more times in a row ("black-black-black", a template sentence over and over), ran to
  the limit. It wins over cut and leak when a text both repeats and is cut.
- leak: the `Question: ... Answer:` format (or the next question) appears in the text. It wins over cut; a text that
  repeats the leaked prompt is still a leak.
- cut: ran to the limit and stops mid-phrase, without repeating itself; the part before the cut may be right. A
  caption template returned for a question and cut at 30 tokens is labelled cut.
- non_answer: empty, "short", "the pants", "they are long", or a caption-template sentence that names no color given to
  a color question ("The shirt is with cotton fabric and pure color patterns.").
- restated: the question's words turned back into a sentence that adds nothing ("the shirt details are that it is a
  shirt", "the color of the shirt").
- other_garment_color: an OPEN answer that gives the garment it asks about the color of another garment in the same
  photo (the shirt given the jeans' blue), where the photo and another text have that garment right. For a product
  asked about a garment it is not, I still call it other_garment_color when the asked garment is worn in the photo.
- contradiction: a wrong color or garment type that the other texts, the seller's columns or the photo contradict:
  CLOSED answers that give another garment's color (the one-color-for-everything failure), a print's accent color
  given as the garment color, a background color given to a garment, a pattern or sleeve claim the caption
  contradicts.
- unsupported: a detail not in the photo (ripped knees, a logo, a hood, pockets, a belt), or a color given to a garment
  that is not in the photo at all (jeans asked of a dress).
- pronoun: "she/her/lady" for a man, or "he/his/gentleman" for a woman.
- Correct, including: a garment asked about that is not the product but is worn in the photo, answered with its own
  color (the shirt under a jacket, the tee under a jumper); a question about a garment the person does not wear
  answered with the garment that takes its place on that part of the body (a dress's top for "the shirt", chinos
  for "the jeans", denim shorts for "the jeans"), or with "she is not wearing pants"; near-color synonyms (cream
  = white, navy = dark blue, camel/tan = beige, lilac = purple, burgundy = red); a striped or printed garment given
  its ground color or "blue and white"; a caption that only describes the background; the template's closed fabric
  and pattern words taken as the nearest class (satin as chiffon, linen as cotton, leaf print as floral, dots as
  graphic); the In-shop class names as answers to "wearing" ("denim", "tee", "graphic tee").
- No yes/no answers: this questionnaire asks no yes/no question.
"""

from __future__ import annotations

from tests.audit_corpus import Case, caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def he(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_36: list[Case] = [
    # Studio, light grey. Woman in a white oversized poplin shirt, buttoned and half tucked into light-blue straight
    # jeans; white sneakers. Caption: caption adapter epoch 3. Wearing: untuned base.
    case(
        "0970112001",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        she("a white shirt and blue jeans"),
        color_of("shirt", "white"),
        color_of("jeans", "white", "contradiction"),
        shirt_color("white"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="White",
        title="Oversized poplin shirt",
    ),
    # Studio, light grey. Woman in a dusty-pink satin blouse with puff sleeves, black wide-leg trousers, black
    # loafers. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0981245003",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady wears a pair "
            "of shoes. The",
            "cut",
            hit_limit=True,
        ),
        she("blouse"),
        color_of("shirt", "pink"),
        color_of("pants", "pink", "contradiction"),
        shirt_color("pink"),
        describe(
            "shirt",
            "The blouse is with chiffon fabric and its sleeves are long. The blouse is with chiffon fabric and its "
            "sleeves are long. The blouse is with",
            "loop",
            hit_limit=True,
        ),
        details("pants", "they are long", "non_answer"),
        gender="Women",
        category="Blouses",
        color="Dusty pink",
        title="Puff-sleeved satin blouse",
    ),
    # Studio, light grey. Man in a light-blue Oxford shirt (button-down collar, one chest pocket, curved hem), tucked
    # into beige chinos.
    # Caption: caption adapter epoch 3 (DeepFashion is mostly women: "The lady"). Wearing: VQA adapter.
    case(
        "0965530002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. She wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        he(
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt "
            "shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "light blue"),
        color_of("pants", "beige"),
        shirt_color("blue"),
        details(
            "shirt",
            "The shirt has a button-down collar, a chest pocket and buttoned cuffs. It is tucked into the pants and "
            "has a curved hem at the",
            "cut",
            hit_limit=True,
        ),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Light blue",
        title="Regular Fit Oxford shirt",
    ),
    # Street shot (pavement, shop windows). Man in a plain black crew-neck T-shirt and stone-washed blue jeans. Caption,
    # wearing and the colors: untuned base (colors stored open). Details: caption adapter epoch 3.
    case(
        "0954418001",
        caption("a man in a black t - shirt and blue jeans walking on the sidewalk"),
        he("a black t - shirt and jeans"),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        shirt_color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        details(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. The jeans are of long length. The jeans are with "
            "denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="T-shirts & Tanks",
        color="Black",
        title="Regular Fit T-shirt",
    ),
    # Studio, light grey. Woman in a black midi dress with a small white-and-pink floral print, V-neck, short puff
    # sleeves, flounced hem, no belt. No shirt, no jeans. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0990321005",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "v-shape neckline. The dress is of long length."
        ),
        she("dress"),
        color_of("shirt", "black"),
        color_of("jeans", "blue", "unsupported"),
        shirt_color("black"),
        describe(
            "shirt",
            "The dress is with chiffon fabric. It has short sleeves, a v-shape neckline and a belt at the waist.",
            "unsupported",
        ),
        details(
            "shirt", "The shirt has a collar, buttons down the front and a chest pocket with a flap.", "unsupported"
        ),
        gender="Women",
        category="Dresses",
        color="Black/Floral",
        title="Flounced chiffon dress",
    ),
    # Studio, light grey. Woman in light-blue high-waisted mom jeans (zip fly, five pockets, cropped at the ankle, no
    # rips) and a white ribbed tank top tucked in. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0974456002",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        she("denim"),
        color_of("jeans", "light blue"),
        color_of("shirt", "white"),
        shirt_color("the shirt color is the shirt color", "restated"),
        details("jeans", "The jeans have a high waist, a button fly and ripped knees with frayed hems.", "unsupported"),
        details(
            "shorts",
            "Question: What are the shorts details? Answer: The shorts are with denim fabric. Question: What are the "
            "shorts details? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Jeans",
        color="Light denim blue",
        title="Mom High Ankle Jeans",
    ),
    # Studio, light grey. Man in beige slim chinos and a navy crew-neck fine-knit jumper, white sneakers. Caption:
    # caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0961187014",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric "
            "and it has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he(
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "beige"),
        color_of("shirt", "navy"),
        color_of("jeans", "beige"),
        shirt_color("beige", "other_garment_color"),
        details("pants", "the pants details are the details of the pants", "restated"),
        gender="Men",
        category="Trousers",
        color="Beige",
        title="Slim Fit Cotton chinos",
    ),
    # Studio, light grey. Woman in a cream chunky rib-knit crew-neck jumper (no cables, no pockets) and black straight
    # trousers. Caption: caption adapter epoch 1. Wearing: untuned base.
    case(
        "0983360001",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. The "
            "lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. The lady "
            "wears a long",
            "loop",
            hit_limit=True,
        ),
        she("a white sweater and black pants"),
        color_of("shirt", "white"),
        color_of("pants", "black"),
        color_of("jeans", "white", "contradiction"),
        describe(
            "shirt",
            "The sweater is with knitted fabric and pure color patterns. Its neckline is round and it has long "
            "sleeves.",
        ),
        details(
            "shirt",
            "The sweater is made of merino wool with cable-knit panels on the front and sleeves.",
            "unsupported",
        ),
        gender="Women",
        category="Cardigans & Jumpers",
        color="Cream",
        title="Rib-knit jumper",
    ),
    # Studio, light grey. Man in a mid-blue denim jacket worn open over a white T-shirt, black slim jeans. The jacket
    # has a pointed collar, two chest pockets with button flaps. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0958874003",
        caption(
            "This gentleman wears a long-sleeve jacket with pure color patterns and a short-sleeve T-shirt underneath. "
            "The jacket is with denim fabric. The pants are with denim fabric and of long length."
        ),
        he("jacket"),
        color_of("shirt", "white"),
        color_of("jeans", "blue", "contradiction"),
        shirt_color("the color of the shirt is the color of the shirt he is wearing", "restated"),
        describe(
            "shirt",
            "The jacket is with denim fabric and pure color patterns. It has long sleeves, a lapel collar and two "
            "chest pockets with button flaps. The shirt",
            "cut",
            hit_limit=True,
        ),
        details(
            "jeans",
            "The jeans are black with a five-pocket design and a zip fly. The jeans are black with a five-pocket "
            "design and a zip",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Jackets & Coats",
        color="Denim blue",
        title="Regular Fit Denim jacket",
    ),
    # Street shot (brick wall). Teenage girl in black high-waisted denim shorts with frayed hems and a white T-shirt
    # with a black lettering print, tucked in. Caption, wearing, colors (open): untuned base. Details: caption adapter
    # epoch 3.
    case(
        "1012245001",
        caption("a young woman in black shorts and a white t - shirt standing in front of a brick wall"),
        she("shorts and a t - shirt"),
        color_of("shorts", "black", kind="open"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        shirt_color("white with black letters"),
        details("shorts", "they are short", "non_answer"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and graphic patterns. Its neckline is round. The T-shirt is with cotton "
            "fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        gender="Divided",
        category="Shorts",
        color="Black",
        title="High Waist Denim shorts",
    ),
    # Studio, light grey. Woman in a light-grey marl fitted crew-neck T-shirt (nearly the background's grey) and dark
    # blue skinny jeans, ankle length. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0969043012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        she("tee"),
        color_of("shirt", "grey"),
        color_of("jeans", "grey", "contradiction"),
        shirt_color("gray"),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: The T-shirt is with cotton fabric. Question: What are the shirt "
            "details? Answer:",
            "leak",
            hit_limit=True,
        ),
        details(
            "jeans",
            "The jeans are dark blue skinny jeans with a high waist, five pockets and a zip fly. They are ankle "
            "length and have a slightly faded",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="T-shirts & Tops",
        color="Light grey marl",
        title="Fitted cotton T-shirt",
    ),
    # Studio, light grey. Man in khaki-green chino shorts (belt loops, side pockets, two back welt pockets, no patch)
    # and a white short-sleeved linen shirt. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0977781008",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The shorts this gentleman wears is of short length."
        ),
        he("shorts"),
        color_of("shorts", "green"),
        color_of("shirt", "green", "contradiction"),
        shirt_color("the shirt color is the color of the shirt", "restated"),
        details(
            "shorts",
            "The shorts have a drawstring waist, side pockets and a zip pocket on the back with a leather logo patch.",
            "unsupported",
        ),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has short sleeves and a lapel collar. The "
            "shirt is with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Shorts",
        color="Khaki green",
        title="Regular Fit Chino shorts",
    ),
    # Studio, light grey. Woman in a red satin slip dress, thin straps (no sleeves), V-neck, midi; black strappy
    # heels; no belt. Caption: caption adapter epoch 3. Wearing: untuned base.
    case(
        "0987702002",
        caption(
            "Her dress has no sleeves, chiffon fabric and pure color patterns. The neckline of it is v-shape. The "
            "dress is of long length."
        ),
        she("a red dress and a black belt", "unsupported"),
        color_of("shirt", "red"),
        shirt_color("red"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has short sleeves and a round neckline.",
            "contradiction",
        ),
        details("shirt", "", "non_answer"),
        details(
            "pants",
            "Question: What are the pants details? Answer: Question: What are the pants details? Answer: Question: "
            "What are the pants",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Red",
        title="Satin slip dress",
    ),
    # Studio, light grey. Man in dark-blue slim jeans, a white crew-neck T-shirt under an open black-and-white check
    # flannel shirt. Caption: caption adapter epoch 3. Wearing: VQA adapter; shirt color stored open this run.
    case(
        "0948830011",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns and a short-sleeve T-shirt underneath. "
            "The shirt is with cotton fabric. The pants are with denim fabric and of long length."
        ),
        he("denim"),
        color_of("jeans", "black", "contradiction"),
        color_of("shirt", "black and white plaid", kind="open"),
        shirt_color("white"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has long sleeves and a lapel collar. The T-shirt "
            "underneath is with cotton",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "She wears a long pants. The pants are with denim fabric and pure color patterns.", "pronoun"),
        gender="Men",
        category="Jeans",
        color="Dark denim blue",
        title="Slim Jeans",
    ),
    # Studio, light grey. Woman in a blue-and-white vertically striped oversized shirt worn open over a white tank
    # top, sleeves rolled up; white wide-leg linen trousers. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0979915004",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        she("nothing", "non_answer"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "contradiction"),
        shirt_color("blue and white striped"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and stripe patterns. It is worn open over a white tank top.",
        ),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are of long length. The pants are "
            "with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shirts",
        color="Blue/White striped",
        title="Striped cotton shirt",
    ),
    # Studio, light grey. Man in a dark-green fine-knit crew-neck jumper with a white shirt collar showing at the neck,
    # black tailored trousers. Caption: caption adapter epoch 3 ("The lady"). Wearing: VQA adapter.
    case(
        "0962254006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and its "
            "neckline is round. The lady wears a long trousers. Her trousers are with cotton fabric.",
            "pronoun",
        ),
        he("sweater"),
        color_of("shirt", "white"),
        color_of("pants", "black"),
        shirt_color("green"),
        describe(
            "shirt",
            "The shirt is a white collared shirt worn under the sweater. Question: What are the shirt details? Answer: "
            "The shirt is a white collared",
            "leak",
            hit_limit=True,
        ),
        details("shirt", "The shirt has a white collar that shows above the neckline of the sweater."),
        gender="Men",
        category="Cardigans & Jumpers",
        color="Dark green",
        title="Fine-knit cotton jumper",
    ),
    # Street shot (cobbled street). Woman in a black faux-leather biker jacket (notched collar, asymmetric zip, zipped
    # cuffs) over a white T-shirt, light-blue high-waisted straight jeans (five pockets, zip fly, raw hems).
    # Caption, wearing, colors (open): untuned base. Describe / details: caption adapter epoch 3.
    case(
        "0985510001",
        caption("a woman in a black leather jacket and jeans walking down a cobblestone street"),
        she("a black leather jacket, a white shirt and jeans"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        color_of("jeans", "blue", kind="open"),
        shirt_color("white"),
        describe(
            "shirt",
            "The jacket is with leather fabric and pure color patterns. It has long sleeves, a notched lapel collar, "
            "an asymmetric zip front and zipped cuffs with",
            "cut",
            hit_limit=True,
        ),
        details(
            "jeans",
            "The jeans are light blue with a straight leg and a raw hem at the ankle. They have a high waist, five "
            "pockets and a zip",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Jackets & Coats",
        color="Black",
        title="Oversized faux leather biker jacket",
    ),
    # Studio, light grey. Man in a white slim-fit shirt (cutaway collar, covered placket), tucked into navy suit
    # trousers; no jacket. First-week batch: caption by the epoch-1 caption adapter, every answer by the caption
    # adapter epoch 3 (colors stored open).
    case(
        "0940017002",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is "
            "with cotton fabric and its",
            "loop",
            hit_limit=True,
        ),
        he(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The pants this",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "The shirt is with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        color_of("pants", "The pants this gentleman wears is of long length.", "non_answer", kind="open"),
        shirt_color("pure color", "non_answer"),
        describe("shirt", "The shirt is with cotton fabric and pure color patterns. Its neckline is lapel."),
        details(
            "shirt",
            "The shirt has a cutaway collar, a covered button placket and single-button cuffs, and it is tucked into "
            "the trousers at the waist with a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="White",
        title="Slim Fit Easy-iron shirt",
    ),
    # Studio, light grey. Woman in a white broderie anglaise blouse (square neck, short puff sleeves, eyelet
    # embroidery all over) and light-blue wide jeans. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0992276001",
        caption(
            "The lady wears a short-sleeve blouse with floral patterns. The blouse is with cotton fabric and its "
            "neckline is square. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        she("blouse"),
        color_of("shirt", "white"),
        color_of("jeans", "light blue"),
        shirt_color("white"),
        describe(
            "shirt",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "The details of the jeans are the details of the jeans that she is wearing.", "restated"),
        details(
            "shirt",
            "The blouse is with cotton fabric and floral patterns. The blouse is with cotton fabric and floral "
            "patterns. The blouse is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Blouses",
        color="White",
        title="Broderie anglaise blouse",
    ),
    # Studio, light grey. Man in a white T-shirt with a large black-and-red print of a tiger's head and the word
    # TOKYO on the chest, black straight jeans. Caption: caption adapter epoch 3. Wearing: VQA adapter; color_of
    # stored open this run (untuned base).
    case(
        "0951163027",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants are with denim fabric and of long length."
        ),
        he("graphic tee"),
        color_of("shirt", "red", "contradiction", kind="open"),
        color_of("jeans", "black", kind="open"),
        shirt_color("white"),
        describe(
            "shirt",
            "The T-shirt is with cotton fabric and graphic patterns. The T-shirt is with cotton fabric and graphic "
            "patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The T-shirt has a graphic print of a tiger's head on the chest in black and red, with the word tokyo "
            "just below the",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "they are long", "non_answer"),
        gender="Men",
        category="T-shirts & Tanks",
        color="White",
        title="Regular Fit Printed T-shirt",
    ),
    # Studio, light grey. Woman in black high-waisted wide-leg tailored trousers with pressed creases (no belt) and a
    # camel short-sleeved fine-knit top. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0976608001",
        caption(
            "The lady wears a short-sleeve sweater with pure color patterns. The sweater is with knitted fabric and "
            "its neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        she("pants"),
        color_of("pants", "black"),
        color_of("shirt", "beige"),
        color_of("jeans", "no", "non_answer"),
        shirt_color("brown"),
        details(
            "pants",
            "The pants have a high waist, pressed creases and wide legs, with a black belt with a gold buckle.",
            "unsupported",
        ),
        gender="Women",
        category="Trousers",
        color="Black",
        title="Tailored wide-leg trousers",
    ),
    # Street shot (park). Man in a khaki-green utility jacket, open over a grey hoodie, black jeans. Caption, wearing,
    # colors (open): untuned base. Details: caption adapter epoch 3.
    case(
        "0966690004",
        caption("a man wearing a green jacket and a grey hoodie standing in a park"),
        he("a green jacket"),
        color_of("shirt", "green", "other_garment_color", kind="open"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        color_of("pants", "black", kind="open"),
        shirt_color(
            "grey Question: What is the color of the pants? Answer: black Question: What is the color of the shoes? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        details("jeans", "The jeans are with denim fabric and pure color patterns. She wears a long pants.", "pronoun"),
        gender="Men",
        category="Jackets & Coats",
        color="Khaki green",
        title="Regular Fit Utility jacket",
    ),
    # Studio, light grey. Woman in a light-beige linen shirt dress: collar, buttons down the front, two chest flap
    # pockets, short sleeves, tie belt, knee length. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0989954002",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is lapel. The dress is of medium length."
        ),
        she("dress"),
        color_of("shirt", "beige"),
        shirt_color("tan"),
        describe(
            "shirt",
            "The shirt dress has a collar, a button placket down the front, short sleeves and a tie belt at the waist.",
        ),
        details(
            "shirt",
            "The dress has a collar, buttons down the front and two chest pockets with flaps. The dress has a collar, "
            "buttons down the front and two",
            "loop",
            hit_limit=True,
        ),
        details(
            "shorts",
            "Question: What are the shorts details? Answer: The shorts are beige with a tie belt. Question: What are "
            "the pants details? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Light beige",
        title="Linen-blend shirt dress",
    ),
    # Studio, light grey. Man in navy chinos with a brown leather belt and a white Oxford shirt tucked in; no watch,
    # no jewellery. Caption: caption adapter epoch 1. Wearing: VQA adapter.
    case(
        "0961187022",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        he("pants"),
        color_of("pants", "navy"),
        color_of("shirt", "navy", "contradiction"),
        shirt_color("white"),
        details("pants", "The pants have belt loops, a zip fly with a button, side pockets and a brown leather belt."),
        color_of("shorts", "navy"),
        gender="Men",
        category="Trousers",
        color="Navy blue",
        title="Regular Fit Cotton chinos",
    ),
    # Street shot (shop front). Teenage girl in a lilac cropped T-shirt and light-wash baggy low-waist jeans, white
    # sneakers. Caption, wearing, colors (open): untuned base. Describe / details: caption adapter epoch 3.
    case(
        "1034411003",
        caption("a girl in a purple top and jeans standing in front of a store"),
        she("a purple crop top and jeans"),
        color_of("shirt", "purple", kind="open"),
        color_of("jeans", "blue", kind="open"),
        shirt_color("blue", "other_garment_color"),
        describe(
            "shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has short sleeves and a cropped hem.",
        ),
        details(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. They are of long length with wide legs, a low "
            "waist, and the hems are pooling",
            "cut",
            hit_limit=True,
        ),
        gender="Divided",
        category="T-shirts & Tops",
        color="Lilac",
        title="Cropped T-shirt",
    ),
    # Studio, light grey. Woman in a sage-green V-neck cardigan with pearl buttons, buttoned and worn as a top (no
    # pockets, no logo), and a cream pleated midi skirt. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0984472005",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and its "
            "neckline is v-shape. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        she(
            "cardigan, sweater, cardigan, sweater, cardigan, sweater, cardigan, sweater, cardigan, sweater, cardigan, "
            "sweater, cardigan, sweater, cardigan",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "green"),
        color_of("jeans", "blue", "unsupported"),
        shirt_color("green"),
        describe(
            "shirt",
            "The cardigan has a v-neck, long sleeves and a row of pearl buttons down the front.",
        ),
        details(
            "shirt",
            "The sweater has a v-neck and long sleeves. It also has two patch pockets and a logo embroidered on the "
            "chest.",
            "unsupported",
        ),
        details(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are of long length. The pants are "
            "with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Cardigans & Jumpers",
        color="Sage green",
        title="Knitted cardigan",
    ),
    # Street shot (seaside promenade). Man in light-wash denim shorts and a plain black T-shirt. Caption, wearing,
    # colors (open): untuned base. Details: caption adapter epoch 3. No cap, no hat.
    case(
        "0973328001",
        caption("a man in a black t - shirt and denim shorts on a boardwalk by the sea"),
        he("a black t - shirt, shorts and a baseball cap", "unsupported"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "jeans", "non_answer", kind="open"),
        shirt_color("black"),
        details(
            "shorts",
            "The shorts are with denim fabric and pure color patterns. The shorts are of short length. The shorts are "
            "with denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        details(
            "shirt",
            "Her T-shirt is with cotton fabric and pure color patterns. The neckline of it is round.",
            "pronoun",
        ),
        gender="Men",
        category="Shorts",
        color="Light denim blue",
        title="Regular Denim shorts",
    ),
    # Studio, light grey. Woman in black skinny high-waisted jeans (no rips) and an untucked white oversized cotton
    # shirt. First-week batch: caption and every answer by the caption adapter epoch 3 (colors stored open).
    case(
        "0706016001",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        she("The lady wears a long-sleeve shirt with pure color patterns and a long pants."),
        color_of(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are with denim",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "The shirt is with cotton fabric and its neckline is lapel.", "non_answer", kind="open"),
        shirt_color(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "The jeans have a high waist, skinny legs and ripped knees with raw edges.", "unsupported"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Skinny High Jeans",
    ),
    # Studio, light grey. Man in a grey marl crew-neck jumper with the hem of a white T-shirt showing below it, mid
    # blue jeans. Caption: caption adapter epoch 1. Wearing: untuned base.
    case(
        "0959901002",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "This gentleman wears a",
            "loop",
            hit_limit=True,
        ),
        he("a gray sweater and jeans"),
        color_of("shirt", "grey"),
        color_of("jeans", "grey", "contradiction"),
        shirt_color("white"),
        describe(
            "shirt",
            "The sweater is with knitted fabric and pure color patterns. The sweater is with knitted fabric and pure "
            "color patterns. The sweater is with knitted",
            "loop",
            hit_limit=True,
        ),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The sweater is with knitted fabric. Question: What are the "
            "jeans details? Answer: The jeans",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Cardigans & Jumpers",
        color="Grey marl",
        title="Regular Fit Merino wool jumper",
    ),
    # Studio, light grey. Woman in white linen-blend paperbag shorts with a tie belt and a black fitted tank top.
    # Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0993318002",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric and its neckline "
            "is round. The shorts this lady wears is of short length. The shorts are with cotton fabric."
        ),
        she("Answer: shorts", "leak"),
        color_of("shorts", "white"),
        color_of("shirt", "white", "contradiction"),
        shirt_color("black"),
        details("shorts", "short", "non_answer"),
        describe(
            "shirt",
            "The tank top is with cotton fabric and pure color patterns. The tank top is with cotton fabric and pure "
            "color patterns. The tank top is with",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Shorts",
        color="White",
        title="Linen-blend paperbag shorts",
    ),
    # Studio, light grey. Man in a short-sleeved resort shirt (camp collar, buttoned) with a white-and-yellow leaf
    # print on navy, and beige linen drawstring shorts with side pockets. Caption: caption adapter epoch 3. Wearing:
    # VQA adapter.
    case(
        "0982207001",
        caption(
            "This gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The shorts this gentleman wears is of short length."
        ),
        he("shirt"),
        color_of("shirt", "navy"),
        color_of("shorts", "navy", "contradiction"),
        shirt_color("yellow", "contradiction"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and floral patterns. It has short sleeves, a resort collar and a print of "
            "leaves in white and yellow on a",
            "cut",
            hit_limit=True,
        ),
        details(
            "shorts",
            "The shorts have an elasticated drawstring waist and side pockets. The shorts are with cotton fabric and "
            "pure color patterns. They are of short length and",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Shirts",
        color="Dark blue/Patterned",
        title="Relaxed Fit Resort shirt",
    ),
    # Studio, light grey. Woman in a black long-sleeved tie-neck (bow) blouse with buttoned cuffs, tucked into
    # light-grey tailored trousers almost the color of the background. Caption: caption adapter epoch 3. Wearing: VQA
    # adapter.
    case(
        "0971120001",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        she("clothes", "non_answer"),
        color_of("shirt", "black"),
        color_of("pants", "black", "contradiction"),
        shirt_color("black"),
        describe("shirt", "The blouse is black with a bow at the neck and long sleeves with buttoned cuffs."),
        details(
            "pants",
            "The pants are grey and the pants are grey and the pants are grey and the pants are grey and the pants "
            "are grey and the pants are",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt details are that it is a shirt", "restated"),
        gender="Women",
        category="Blouses",
        color="Black",
        title="Tie-neck blouse",
    ),
    # Studio, light grey. Man in light-wash relaxed straight jeans, an olive overshirt worn open over a white
    # T-shirt, white sneakers. No catalog row. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0999012001",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns and a short-sleeve T-shirt underneath. "
            "The shirt is with cotton fabric. The pants are with denim fabric and of long length."
        ),
        he("denim"),
        color_of("jeans", "light blue"),
        color_of("shirt", "the shirt", "non_answer"),
        shirt_color("white"),
        details(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. They are of long length and have a relaxed fit "
            "with a straight leg and a faded",
            "cut",
            hit_limit=True,
        ),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt is green. Question: What are the shirt details? "
            "Answer: The shirt is",
            "leak",
            hit_limit=True,
        ),
    ),
    # Studio, light grey. Woman in a navy wrap dress with small white polka dots, V-neck, long sleeves, tie at the
    # waist, knee length; no collar. Caption: caption adapter epoch 3. Wearing: VQA adapter. The pants details by the
    # untuned base this run.
    case(
        "0988836004",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of medium length."
        ),
        she(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "navy"),
        shirt_color("blue and white"),
        describe("shirt", "The shirt is white with blue polka dots and a collar.", "contradiction"),
        details(
            "shirt",
            "The dress has a v-neck, long sleeves and a tie at the waist. The dress is with chiffon fabric and graphic "
            "patterns and is of",
            "cut",
            hit_limit=True,
        ),
        details("pants", "she is not wearing pants"),
        gender="Women",
        category="Dresses",
        color="Dark blue/Dotted",
        title="Wrap dress",
    ),
    # Street shot (harbour). Man in a navy piqué polo shirt (collar, two-button placket) and white chino shorts.
    # Caption, wearing, colors (open): untuned base. Describe / details: caption adapter epoch 3.
    case(
        "0946671009",
        caption("a man in a blue polo shirt and white shorts standing by the water"),
        he("a blue polo shirt and white shorts"),
        color_of("shirt", "blue", kind="open"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        shirt_color("white", "other_garment_color"),
        describe(
            "shirt",
            "The polo shirt is with cotton fabric and pure color patterns. She wears a short-sleeve shirt with a "
            "collar.",
            "pronoun",
        ),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are of short length. The shorts are "
            "with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="T-shirts & Tanks",
        color="Navy blue",
        title="Regular Fit Polo shirt",
    ),
    # Street shot (snowy street). Teenage girl in a light-pink cropped puffer jacket zipped up to a stand-up collar
    # (no hood), light-blue jeans. Caption, wearing, colors (open): untuned base. Describe / details: caption adapter
    # epoch 3.
    case(
        "1021150002",
        caption("a woman in a pink jacket and jeans standing in the snow"),
        she("a pink jacket"),
        color_of("shirt", "pink", kind="open"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        shirt_color(
            "pink Question: What is the shirt color? Answer: pink Question: What is the shirt color? Answer: pink "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The jacket is with cotton fabric. It has long sleeves, a stand-up collar and a fur-trimmed hood.",
            "unsupported",
        ),
        details(
            "jeans",
            "The jeans are with denim fabric and pure color patterns. The jeans are of long length. The jeans are with "
            "denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        gender="Divided",
        category="Jackets & Coats",
        color="Light pink",
        title="Cropped puffer jacket",
    ),
    # Studio, light grey. Woman in a black linen shirt (regular collar, visible buttons, no pocket) and beige wide
    # linen trousers; a thin gold bracelet. No catalog row. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0999012002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("shirt"),
        color_of("shirt", "black"),
        color_of("pants", "beige"),
        shirt_color("black"),
        details(
            "shirt",
            "The shirt has a mandarin collar, a hidden button placket and a chest pocket with a logo.",
            "unsupported",
        ),
        details("pants", "the pants", "non_answer"),
    ),
    # Studio, light grey. Man in black cargo trousers (flap pockets on the legs, elasticated drawstring waist,
    # gathered hems) and a white heavyweight crew-neck T-shirt. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0968874001",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        he("pants"),
        color_of("pants", "black"),
        color_of("shirt", "white"),
        shirt_color("black", "other_garment_color"),
        details(
            "pants",
            "The pants have large flap pockets on the sides of the legs, an elasticated waist with a drawstring, and "
            "the hems are gathered at the ankles with",
            "cut",
            hit_limit=True,
        ),
        describe("shirt", "the shirt is white"),
        gender="Men",
        category="Trousers",
        color="Black",
        title="Regular Fit Cargo trousers",
    ),
    # Studio, light grey. Woman in a long-sleeved Breton top, navy and white stripes, boat neck, and white straight
    # jeans. Caption: caption adapter epoch 3. Wearing: VQA adapter.
    case(
        "0980045006",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric."
        ),
        she("tee"),
        color_of("shirt", "navy"),
        color_of("jeans", "white"),
        shirt_color("blue and white striped"),
        describe("shirt", "The T-shirt is with cotton fabric and pure color patterns.", "contradiction"),
        details(
            "shirt",
            "The T-shirt has navy and white stripes, long sleeves and a boat neck. The T-shirt is with cotton fabric "
            "and stripe",
            "cut",
            hit_limit=True,
        ),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: white. Question: What are the jeans details? Answer: white. "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="T-shirts & Tops",
        color="Navy blue/White",
        title="Breton-striped top",
    ),
    # Street shot (skate park). Man in black sweatshorts (drawstring waist, side pockets, no logo) and a white
    # T-shirt, holding a skateboard. Caption, wearing, colors (open): untuned base. Details: caption adapter epoch 3.
    case(
        "0957742001",
        caption("a man in a white t - shirt and black shorts holding a skateboard"),
        he("shorts"),
        color_of("shorts", "black", kind="open"),
        color_of("shirt", "white", kind="open"),
        color_of("pants", "pants", "non_answer", kind="open"),
        shirt_color("black", "other_garment_color"),
        details(
            "shorts",
            "The shorts have an elasticated waist with a drawstring, side pockets and a small embroidered logo on the "
            "left leg.",
            "unsupported",
        ),
        details(
            "shirt",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric.",
            "pronoun",
        ),
        gender="Men",
        category="Shorts",
        color="Black",
        title="Relaxed Fit Sweatshorts",
    ),
    # Street shot (graffiti wall in pink and blue). Teenage girl in khaki-green parachute trousers (drawstring waist,
    # cargo pockets, toggles at the hems) and a black cropped tank top. Caption, wearing, colors (open): untuned base.
    # Details: caption adapter epoch 3.
    case(
        "1040093001",
        caption("a woman standing in front of a wall with graffiti on it"),
        she("green pants and a black top"),
        color_of("pants", "green", kind="open"),
        color_of("shirt", "green", "other_garment_color", kind="open"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        shirt_color("black"),
        details(
            "pants",
            "The pants have a drawstring waist, cargo pockets and toggles at the hems. The pants have a drawstring "
            "waist, cargo pockets and toggles at the",
            "loop",
            hit_limit=True,
        ),
        gender="Divided",
        category="Trousers",
        color="Khaki green",
        title="Parachute trousers",
    ),
    # Studio, light grey. Man in a beige textured-knit short-sleeved polo (collar, three buttons) and black pleated
    # trousers. First-week batch: caption and every answer by the caption adapter epoch 3 (colors stored open).
    case(
        "0963390003",
        caption(
            "This gentleman wears a short-sleeve sweater with pure color patterns. The sweater is with knitted fabric "
            "and its neckline is lapel. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric."
        ),
        he("The lady wears a short-sleeve sweater with pure color patterns and a long pants.", "pronoun"),
        color_of("shirt", "The sweater is with knitted fabric and pure color patterns.", "non_answer", kind="open"),
        color_of(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The pants are with cotton",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        shirt_color("the color of the shirt", "restated"),
        describe(
            "shirt",
            "The shirt is a knitted polo shirt with short sleeves, a collar and three buttons at the neck.",
        ),
        details(
            "shirt",
            "The sweater is with knitted fabric and pure color patterns. Its neckline is lapel. The sweater is with "
            "knitted fabric and pure color patterns. Its",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        category="Cardigans & Jumpers",
        color="Beige",
        title="Regular Fit Textured-knit polo shirt",
    ),
    # Street shot (autumn street, leaves). Woman in a beige double-breasted trench coat (belt, epaulettes, storm flap)
    # open over a black turtleneck jumper, blue jeans. No catalog row. Caption, wearing, colors (open): untuned base.
    # Describe / details: caption adapter epoch 3.
    case(
        "0999012003",
        caption("a woman in a trench coat walking down a street with leaves on the ground"),
        she("a trench coat, a black sweater and jeans"),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "blue", kind="open"),
        shirt_color("beige", "other_garment_color"),
        describe(
            "shirt",
            "The coat is with cotton fabric and pure color patterns. It is double-breasted with a belt at the waist "
            "and epaulettes on the",
            "cut",
            hit_limit=True,
        ),
        details(
            "jeans",
            "the jeans are blue and the jeans are blue and the jeans are blue and the jeans are blue and the jeans are "
            "blue and the",
            "loop",
            hit_limit=True,
        ),
    ),
    # Studio, light grey. Man in black slim jeans and a burgundy crew-neck knit jumper. Caption: caption adapter
    # epoch 3. Wearing: VQA adapter.
    case(
        "0944205001",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric "
            "and its neckline is round. The pants this gentleman wears is of long length. The pants are with denim "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("jeans"),
        color_of("jeans", "black"),
        color_of("shirt", "green", "contradiction"),
        shirt_color("red"),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: black. Question: What is the color of the jeans? Answer: "
            "black. Question:",
            "leak",
            hit_limit=True,
        ),
        describe("shirt", "The shirt is a shirt.", "restated"),
        gender="Men",
        category="Jeans",
        color="Black",
        title="Slim Jeans",
    ),
]
