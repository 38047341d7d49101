# How to start a discussion of your own (/discuss).

discuss-info = No discussion on your topic, or in the channel where you are most active? Start one yourself:
    • Use the Community Conversations Toolkit as a guide: { $toolkit }
    • Translate the scoping documents into your language: { $scoping }
    • Try the Conversation Starters, a discussion guide about the drivers of change: { $starters }
    • For support, and to share the results of your discussion, contact the Community Relations Specialist or a Community Strategy Liaison (/liaison).
