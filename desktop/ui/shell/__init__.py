"""The main window, the home screen, the app's context and the widgets every screen shares."""
