/** The service worker's messages (their own module: they load with the lazy notice). */
export const updateNoticeNl = {
  updateReady: 'Er is een nieuwe versie van de kaart.',
  updateNow: 'Nu vernieuwen',
  later: 'Later',
  offlineReady: 'De kaart werkt nu ook zonder internet.',
  dismiss: 'Sluiten',
};

export const updateNoticeEn: typeof updateNoticeNl = {
  updateReady: 'A new version of the map is available.',
  updateNow: 'Update now',
  later: 'Later',
  offlineReady: 'The map now also works without internet.',
  dismiss: 'Close',
};
