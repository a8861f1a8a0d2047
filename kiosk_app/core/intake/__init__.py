"""On-site applications for disclosure (依申请公开), opinions and suggestions: the Qt-free core.

Modules, in the order a submission passes through them:

* :mod:`.text`, :mod:`.validators` - cleaning and checking what was typed;
* :mod:`.form`, :mod:`.opinion` - the form models, with :mod:`.consent` notices;
* :mod:`.tracking` - tracking codes and idempotency keys;
* :mod:`.outbox` with :mod:`.crypto` - durable, encrypted storage until delivery;
* :mod:`.receipt` - the receipt's content;
* :mod:`.status` - the status lookup.

Nothing is re-exported here, so importing a validator does not load the PDF
or database layers. See docs/intake.md.
"""
