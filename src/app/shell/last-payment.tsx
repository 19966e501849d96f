import { Box } from '@mantine/core';
import { useEffect, useState } from 'react';
import { LastPaymentNotice } from '@/components/purchase/last-payment-notice';
import { useLastCheckShownElsewhere, usePaymentCheck } from '@/lib/purchase';

/**
 * The resolver of an unconfirmed payment (SPEC §4), above every page: on start-up (a reload
 * after a payment got no answer) it replays the payment's key before anything else can be
 * bought, and it shows every such check — this one, or one a wizard or dialog started on
 * opening — until it is dismissed: "we are checking", then the order or its error. A check an
 * open wizard or dialog shows itself, or has told already, is not repeated here (the customer is
 * told once, where they are looking).
 */
export default function LastPayment() {
  const { latest, start } = usePaymentCheck();
  const [dismissed, setDismissed] = useState<number>();
  useEffect(start, [start]);
  const shownElsewhere = useLastCheckShownElsewhere(latest?.submittedAt);
  if (!latest || latest.status === 'idle' || latest.submittedAt === dismissed || shownElsewhere)
    return null;
  return (
    <Box mb="lg">
      <LastPaymentNotice
        check={latest}
        onCheckAgain={start}
        onDismiss={() => setDismissed(latest.submittedAt)}
      />
    </Box>
  );
}
