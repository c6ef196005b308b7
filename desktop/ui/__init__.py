"""The Qt shell: screens that show core state and send user intents to it."""
