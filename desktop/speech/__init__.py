"""The app's own speech (see desktop/speech/speaker.py). Kept free of imports: the worker process must not load Qt."""
