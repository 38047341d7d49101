# How to host a Strategy Salon (/salon).

salon-info = Strategy Salons are in-person gatherings where recognized Wikimedia affiliates discuss movement strategy. Affiliate leaders bring together a broad mix of members who live in their area for deeper conversations about one or two strategy themes that interest them. The salons also strengthen relationships and deepen engagement with members.
    Interest is strong: 44 grants have been approved, 12 of them for youth events.
    How to apply and what others have done: { $link }
