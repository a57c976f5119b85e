/* global document */
document.getElementById('app').textContent = 'ERP: auth, hr, finance, operation and reporting'
