import { formatInstant } from '../lib/format';
import type { Withdrawal } from '../lib/types';

/** The notice librarians see on a withdrawn record (the public gets 410 and never sees the page). */
export function WithdrawalBanner({ withdrawal, noun }: { withdrawal: Withdrawal; noun: string }) {
  return (
    <div class="banner banner-withdrawn">
      <p class="banner-title">Withdrawn</p>
      <p>
        This {noun} was withdrawn from public view on {formatInstant(withdrawal.at)} by {withdrawal.by}. Only librarians can see it.
      </p>
      <p>Reason: {withdrawal.reason}</p>
    </div>
  );
}
