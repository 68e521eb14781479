-- New SubscriptionSource values (api, email_link, one_click, account). SQLite stores enums as text:
-- nothing to change; this file keeps the two engines' migration lists identical.
SELECT 1;
