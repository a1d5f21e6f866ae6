-- The default statuses' labels agree with the ticket's noun as the tenant words it (issue 24, bug 8): « Ouverte » for a
-- « réclamation », « Ouvert » for a « ticket ». A status whose labels are still the ones the platform gave it follows
-- the noun's gender in French and Arabic; once the tenant edits them, they are its own and are never changed again.
alter table clm_status add column labels_agree boolean not null default false;

update clm_status set labels_agree = true
 where (code, label_fr, label_ar) in (('open', 'Ouverte', 'مفتوحة'),
                                      ('resolved', 'Traitée', 'تمت معالجتها'),
                                      ('closed', 'Fermée', 'مغلقة'),
                                      ('cancelled', 'Annulée', 'ملغاة'));
