"""The lab: everything that makes, measures or demonstrates models, apart from the nightly runtime.

- render, describe: synthetic labelled product shots and their texts;
- tiny, arch: BLIP-2 and Marian models built from config (tests, benchmarks, the demo);
- train, train_mt, vision_pretrain, schedule, data: fine-tuning recipes;
- evaluate: accuracy on a labelled catalog; demo: rebuilds the embedded demo bundle;
- bench: `enrich bench` (engine, store, colors).

The lab uses the runtime through a narrow API (model.loading, model.engine, questionnaire.tasks_of);
the runtime never imports the lab.
"""
